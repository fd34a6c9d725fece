using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace SurveySchema.Model;

/// <summary>The identity of a schema state: equal models give equal fingerprints, any difference a
/// different one. Generated scripts and plans carry it so a deploy can check its target first.</summary>
public static class Fingerprint
{
    /// <summary>Lower-case hex SHA-256 of <see cref="ModelJson.SerializeCanonical"/>, without the model's
    /// <see cref="DatabaseModel.Dependencies"/> and without the order of tables' columns.</summary>
    /// <remarks>Dependencies are facts about the objects (which column a view reads), not objects: the same
    /// schema may record them differently (a function body that is a string records none, the same body as
    /// BEGIN ATOMIC records its tables), so a difference there alone must be neither drift nor an operation.
    /// The canonical JSON keeps them, so a cached model still orders plans. Column order is a remark, never a
    /// difference (DESIGN.md, "Commands"): PostgreSQL appends an added column, so a table that gained one in the
    /// middle of its declaration holds the same schema, and drift, fingerprints and deploy checks agree on that.
    /// A composite type's attribute order stays: row constructors depend on it.</remarks>
    public static string Of(DatabaseModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Known.GetValue(model, Compute);
    }

    /// <summary>Fingerprints already taken, by model instance: a model is immutable, so its fingerprint never
    /// changes, and a diff takes each side's several times (the plan, its reverse, the script headers). Weak, so
    /// a model no longer used takes its entry with it.</summary>
    private static readonly ConditionalWeakTable<DatabaseModel, string> Known = [];

    private static string Compute(DatabaseModel model)
    {
        var orderFree = model with
        {
            Dependencies = [],
            Tables = [.. model.Tables.Select(t => t with
            {
                Columns = [.. t.Columns.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => c with { Ordinal = 0 })],
            })],
        };
        return Convert.ToHexStringLower(SHA256.HashData(ModelJson.SerializeCanonical(orderFree)));
    }
}

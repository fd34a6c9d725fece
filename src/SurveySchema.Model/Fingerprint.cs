using System.Runtime.CompilerServices;

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

    /// <summary>Records <paramref name="fingerprint"/> as <paramref name="model"/>'s, taken by <see cref="Of"/> when
    /// the same model was first built: for a model read back unchanged from a store keyed by this assembly's build
    /// (the model cache), so that it is the value <see cref="Of"/> would compute again. At 5 000 tables computing it
    /// serialises and hashes some 40 MB, about 0.7 s of CPU that a warm diff or build otherwise spends beside its
    /// other work. A model already fingerprinted keeps its value.</summary>
    /// <exception cref="ArgumentException"><paramref name="fingerprint"/> is not 64 lower-case hex digits.</exception>
    public static void Recall(DatabaseModel model, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!IsWellFormed(fingerprint))
        {
            throw new ArgumentException($"'{fingerprint}' is not a fingerprint (64 lower-case hex digits)", nameof(fingerprint));
        }

        Known.TryAdd(model, fingerprint);
    }

    /// <summary>Gives <paramref name="model"/> the fingerprint already taken of <paramref name="fingerprinted"/> when the
    /// two are equal but for their dependencies, which the fingerprint leaves out: equal models serialise to the same
    /// bytes. True when <paramref name="model"/>'s fingerprint is known now without computing it.</summary>
    /// <remarks>A diff of an unchanged project: the cached model's fingerprint is recalled, and the target, read from
    /// its catalogs, shares its tables (the model cache takes the target's equal ones), so the check is one reference
    /// comparison per table where computing the fingerprint would serialise and hash some 40 MB at 5 000 tables.</remarks>
    public static bool ReuseIfEqual(DatabaseModel model, DatabaseModel fingerprinted)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(fingerprinted);
        if (Known.TryGetValue(model, out _))
        {
            return true;
        }

        if (!Known.TryGetValue(fingerprinted, out var fingerprint)
            || model.ToCanonical() with { Dependencies = [] } != fingerprinted.ToCanonical() with { Dependencies = [] })
        {
            return false;
        }

        Known.TryAdd(model, fingerprint);
        return true;
    }

    /// <summary>True for what <see cref="Of"/> returns: 64 lower-case hex digits.</summary>
    public static bool IsWellFormed(string? fingerprint) =>
        fingerprint is { Length: 64 } && fingerprint.AsSpan().IndexOfAnyExcept("0123456789abcdef") < 0;

    /// <summary>Fingerprints already taken, by model instance: a model is immutable, so its fingerprint never
    /// changes, and a diff takes each side's several times (the plan, its reverse, the script headers). Weak, so
    /// a model no longer used takes its entry with it.</summary>
    private static readonly ConditionalWeakTable<DatabaseModel, string> Known = [];

    /// <remarks>At 5 000 tables the canonical JSON is tens of megabytes: it goes from the serialiser's buffer
    /// straight into the hash rather than into an array of its own first, and the order-free copy (only the tables
    /// and their columns are copied; the rest of the model is shared) is marked canonical, since ordering it again
    /// would copy every record once more for the same order.</remarks>
    private static string Compute(DatabaseModel model)
    {
        var canonical = model.ToCanonical();
        var orderFree = CanonicalOrder.MarkOrdered(canonical with
        {
            Dependencies = [],
            Tables = [.. canonical.Tables.Select(WithoutColumnOrder)],
        });

        using var hash = new Sha256Stream();
        ModelJson.WriteCanonical(hash, orderFree);
        return Convert.ToHexStringLower(hash.Finish());
    }

    /// <summary>The table's columns in name order, all with ordinal 0: what is left when their order is taken out.
    /// The ordinal-sorted columns of a canonical table stay in name order under a stable sort by ordinal, so the
    /// copy is canonical too.</summary>
    private static Table WithoutColumnOrder(Table table) => table with
    {
        Columns = [.. table.Columns.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => c with { Ordinal = 0 })],
    };
}

using SurveySchema.Planning;
using SurveySchema.Server;

namespace SurveySchema.IntegrationTests.Convergence;

/// <summary>One convergence case: a database built from <see cref="OldDdl"/> is migrated to the state of
/// one built from <see cref="NewDdl"/>; the plan must carry exactly <see cref="ExpectedHazards"/> (as a set)
/// and, applied, make the two fingerprints equal, keeping the seeded rows.</summary>
public sealed record AcceptanceCase(string Name, string OldDdl, string NewDdl, HazardKind[] ExpectedHazards)
{
    /// <summary>INSERTs run on the old database before planning.</summary>
    public string? SeedRows { get; init; }

    /// <summary>Skip the reverse check (the forward plan destroys data or state the reverse cannot restore).</summary>
    public bool Irreversible { get; init; }

    public DatabaseTemplate Template { get; init; } = DatabaseTemplate.Empty;

    /// <summary>Plan without the online-safe forms.</summary>
    public bool Offline { get; init; }

    /// <summary>Run after both databases are built and before planning (roles for grants and policies).</summary>
    public string? Setup { get; init; }

    /// <summary>SQL, run on the migrated database, whose single value must be true (data converted right).</summary>
    public string? Check { get; init; }

    /// <summary>A refactor log (schema/refactorlog.json text) declaring renames.</summary>
    public string? RefactorLog { get; init; }

    public override string ToString() => Name;
}

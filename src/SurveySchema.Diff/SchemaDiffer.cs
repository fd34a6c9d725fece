using System.Runtime.CompilerServices;
using SurveySchema.Diff.Differs;

namespace SurveySchema.Diff;

/// <summary>Compares two models and says, as operations, what turns the first into the second.</summary>
/// <remarks>The operations come in a readable default order (drops of dependents, drops, creates,
/// changes, dependents, grants, comments); the planner orders them by their dependencies. Renames are
/// never guessed: only <see cref="DiffOptions.Renames"/> produces a RENAME.</remarks>
public static class SchemaDiffer
{
    /// <summary>The operations that turn <paramref name="current"/> into <paramref name="desired"/>.</summary>
    public static IReadOnlyList<Operation> Diff(DatabaseModel current, DatabaseModel desired, DiffOptions options) =>
        Compare(current, desired, options).Operations;

    /// <summary>The operations and the informational remarks.</summary>
    public static SchemaDifference Compare(DatabaseModel current, DatabaseModel desired, DiffOptions options)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(desired);
        ArgumentNullException.ThrowIfNull(options);
        if (LastCompared.TryGetValue(current, out var last) && ReferenceEquals(last.Desired, desired) && last.Options == options)
        {
            return last.Difference;
        }

        SchemaDifference difference;
        using (StageTrace.Start("diff"))
        {
            difference = Run(current, desired, options);
        }

        LastCompared.AddOrUpdate(current, new Comparison(desired, options, difference));
        return difference;
    }

    /// <summary>The last comparison made from each model instance. Models are immutable, so the same two instances
    /// always give the same difference, and a diff compares them more than once (the spelling check, then the
    /// planner); at thousands of tables one comparison costs a good part of a second.</summary>
    private static readonly ConditionalWeakTable<DatabaseModel, Comparison> LastCompared = [];

    private sealed record Comparison(DatabaseModel Desired, DiffOptions Options, SchemaDifference Difference);

    private static SchemaDifference Run(DatabaseModel current, DatabaseModel desired, DiffOptions options)
    {
        var context = new DiffContext(current.ToCanonical(), desired.ToCanonical());
        context.Current = RenameApplier.Apply(context, options.Renames);
        SchemaAndExtensionDiffer.Diff(context);
        TypeDiffer.Diff(context);
        using (StageTrace.Start("diff.sequences"))
        {
            SequenceDiffer.Diff(context);
        }

        FunctionDiffer.Diff(context);
        AggregateDiffer.Diff(context);
        CollationDiffer.Diff(context);
        using (StageTrace.Start("diff.tables"))
        {
            TableDiffer.Diff(context);
        }

        ViewDiffer.Diff(context);
        RoleDiffer.Diff(context);
        DefaultPrivilegeDiffer.Diff(context);
        using (StageTrace.Start("diff.dependents"))
        {
            DependentDiffer.Diff(context);
        }

        return new SchemaDifference(context.Operations(), context.Remarks.ToEquatableArray());
    }
}

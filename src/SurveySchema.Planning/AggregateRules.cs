using SurveySchema.Diff;

namespace SurveySchema.Planning;

/// <summary>Footprints of aggregates and collations. An aggregate is created after its support functions
/// and the types it names, and dropped before them; a collation is created before the columns, indexes and
/// domains that use it (their rules need its key) and dropped after them (their drops release it).</summary>
internal static class AggregateRules
{
    public static void Apply(Operation operation, Footprint f, DependencyIndex references)
    {
        switch (operation)
        {
            case CreateAggregate o:
                ObjectRules.RoutineCreated(f, Routine(o.Aggregate), references);
                break;
            case DropAggregate o:
                ObjectRules.RoutineDropped(f, Routine(o.Aggregate), references);
                break;
            case CreateCollation o:
                f.Creates.Add(Footprint.Collation(o.Collation.Name));
                f.Needs.Add(Footprint.Schema(o.Collation.Name.Schema));
                break;
            case DropCollation o:
                f.Removes.Add(Footprint.Collation(o.Collation.Name));
                f.Releases.Add(Footprint.Schema(o.Collation.Name.Schema));
                break;
            default:
                throw new NotSupportedException($"no footprint rule for {operation.GetType().Name}");
        }
    }

    /// <summary>The aggregate as the catalog's dependency edges name it: its support functions and the types of
    /// its arguments and states are what pg_depend records it using.</summary>
    private static ObjectRef Routine(Aggregate aggregate) => new(ObjectRefKind.Aggregate, aggregate.Name, aggregate.IdentityArguments);
}

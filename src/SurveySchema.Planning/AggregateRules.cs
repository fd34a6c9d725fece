using SurveySchema.Diff;

namespace SurveySchema.Planning;

/// <summary>Footprints of aggregates and collations. An aggregate is created after its support functions
/// and the types it names, and dropped before them; a collation is created before the columns, indexes and
/// domains that use it (their rules need its key) and dropped after them (their drops release it).</summary>
internal static class AggregateRules
{
    public static void Apply(Operation operation, Footprint f, ReferenceIndex references)
    {
        switch (operation)
        {
            case CreateAggregate o:
                f.Creates.Add(Footprint.Function(o.Aggregate.Name));
                f.Needs.Add(Footprint.Schema(o.Aggregate.Name.Schema));
                f.Needs.Add(Footprint.Extensions);
                f.Needs.UnionWith(Uses(o.Aggregate, references));
                break;
            case DropAggregate o:
                f.Removes.Add(Footprint.Function(o.Aggregate.Name));
                f.Releases.Add(Footprint.Schema(o.Aggregate.Name.Schema));
                f.Releases.UnionWith(Uses(o.Aggregate, references));
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

    /// <summary>The support functions and the types of the arguments and states. Function keys are by name:
    /// an aggregate may share its name with its own state function (another overload), and the graph skips
    /// the step's edge to itself while keeping the function's creation before it.</summary>
    private static IEnumerable<string> Uses(Aggregate aggregate, ReferenceIndex references)
    {
        var functions = new[]
        {
            aggregate.StateFunction, aggregate.FinalFunction, aggregate.CombineFunction, aggregate.SerialFunction,
            aggregate.DeserialFunction, aggregate.Moving?.StateFunction, aggregate.Moving?.InverseFunction,
            aggregate.Moving?.FinalFunction,
        };
        var types = references.KeysIn(aggregate.Arguments)
            .Concat(references.KeysIn(aggregate.StateType))
            .Concat(references.KeysIn(aggregate.Moving?.StateType));
        return functions.OfType<QualifiedName>().Select(Footprint.Function).Concat(types);
    }
}

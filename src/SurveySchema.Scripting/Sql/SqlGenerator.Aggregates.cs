using SurveySchema.Diff;

namespace SurveySchema.Scripting.Sql;

/// <summary>Aggregates and collations: CREATE AGGREGATE spelled from the pg_aggregate columns of the model,
/// CREATE COLLATION from pg_collation's.</summary>
internal static partial class SqlGenerator
{
    private static IReadOnlyList<string> AggregateStatements(Operation operation) => operation switch
    {
        CreateAggregate o => [CreateAggregateStatement(o.Aggregate)],
        DropAggregate o => [$"DROP AGGREGATE {Q(o.Aggregate.Name)}({AggregateArguments(o.Aggregate.IdentityArguments)})"],
        CreateCollation o => [CreateCollationStatement(o.Collation)],
        DropCollation o => [$"DROP COLLATION {Q(o.Collation.Name)}"],
        _ => throw new NotSupportedException(operation.GetType().Name),
    };

    /// <summary>An aggregate's argument list as DROP/COMMENT ON AGGREGATE take it: <c>*</c> for none.</summary>
    private static string AggregateArguments(string arguments) => arguments.Length == 0 ? "*" : arguments;

    /// <summary>The flat argument list GRANT … ON FUNCTION takes for an aggregate, which has no ORDER BY form:
    /// the direct arguments and then the aggregated ones. A hypothetical-set aggregate that repeats its
    /// VARIADIC argument after ORDER BY has that one argument.</summary>
    private static string AggregateArgumentTypes(string arguments)
    {
        const string orderBy = "ORDER BY ";
        var at = arguments.IndexOf(orderBy, StringComparison.Ordinal);
        if (at < 0)
        {
            return arguments;
        }

        var direct = arguments[..at].Trim();
        var aggregated = arguments[(at + orderBy.Length)..].Trim();
        return direct.Length == 0 ? aggregated
            : direct == aggregated && direct.StartsWith("VARIADIC ", StringComparison.Ordinal) ? direct
            : direct + ", " + aggregated;
    }

    private static string CreateAggregateStatement(Aggregate aggregate)
    {
        // PostgreSQL's own defaults are left out, so the statement reads as a person would write it.
        var readWriteByDefault = aggregate.Kind != AggregateKind.Normal;
        var options = new List<string>
        {
            "SFUNC = " + Q(aggregate.StateFunction),
            "STYPE = " + aggregate.StateType,
        };
        Add(options, "SSPACE", aggregate.StateSpace == 0 ? null : aggregate.StateSpace.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(options, "FINALFUNC", aggregate.FinalFunction is { } final ? Q(final) : null);
        if (aggregate.FinalExtra)
        {
            options.Add("FINALFUNC_EXTRA");
        }

        Add(options, "FINALFUNC_MODIFY", Modify(aggregate.FinalModify, readWriteByDefault));
        Add(options, "COMBINEFUNC", aggregate.CombineFunction is { } combine ? Q(combine) : null);
        Add(options, "SERIALFUNC", aggregate.SerialFunction is { } serial ? Q(serial) : null);
        Add(options, "DESERIALFUNC", aggregate.DeserialFunction is { } deserial ? Q(deserial) : null);
        Add(options, "INITCOND", aggregate.InitialCondition is { } initial ? SqlLiteral.Quote(initial) : null);
        if (aggregate.Moving is { } moving)
        {
            options.Add("MSFUNC = " + Q(moving.StateFunction));
            options.Add("MINVFUNC = " + Q(moving.InverseFunction));
            options.Add("MSTYPE = " + moving.StateType);
            Add(options, "MSSPACE", moving.StateSpace == 0 ? null : moving.StateSpace.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Add(options, "MFINALFUNC", moving.FinalFunction is { } mfinal ? Q(mfinal) : null);
            if (moving.FinalExtra)
            {
                options.Add("MFINALFUNC_EXTRA");
            }

            Add(options, "MFINALFUNC_MODIFY", Modify(moving.FinalModify, readWriteByDefault));
            Add(options, "MINITCOND", moving.InitialCondition is { } minitial ? SqlLiteral.Quote(minitial) : null);
        }

        Add(options, "SORTOP", aggregate.SortOperator is { } sort ? $"OPERATOR({Q(sort.Schema)}.{sort.Name})" : null);
        Add(options, "PARALLEL", aggregate.Parallel == ParallelSafety.Unsafe ? null : aggregate.Parallel.ToString().ToUpperInvariant());
        if (aggregate.Kind == AggregateKind.Hypothetical)
        {
            options.Add("HYPOTHETICAL");
        }

        var arguments = aggregate.Arguments.Length == 0 ? "*" : aggregate.Arguments;
        return $"CREATE AGGREGATE {Q(aggregate.Name)}({arguments}) (\n    {string.Join(",\n    ", options)}\n)";
    }

    private static void Add(List<string> options, string name, string? value)
    {
        if (value is not null)
        {
            options.Add($"{name} = {value}");
        }
    }

    /// <summary>FINALFUNC_MODIFY's keyword, or null when it is PostgreSQL's default for the aggregate's kind
    /// (READ_ONLY for normal aggregates, READ_WRITE for ordered-set ones).</summary>
    private static string? Modify(AggregateModify modify, bool readWriteByDefault) => modify switch
    {
        AggregateModify.ReadOnly => readWriteByDefault ? "READ_ONLY" : null,
        AggregateModify.Shareable => "SHAREABLE",
        _ => readWriteByDefault ? null : "READ_WRITE",
    };

    private static string CreateCollationStatement(Collation collation)
    {
        var options = new List<string> { "provider = " + (collation.Provider == CollationProvider.Icu ? "icu" : "libc") };
        if (collation.CharacterClassification is { } ctype)
        {
            options.Add("lc_collate = " + SqlLiteral.Quote(collation.Locale));
            options.Add("lc_ctype = " + SqlLiteral.Quote(ctype));
        }
        else
        {
            options.Add("locale = " + SqlLiteral.Quote(collation.Locale));
        }

        if (!collation.Deterministic)
        {
            options.Add("deterministic = false");
        }

        return $"CREATE COLLATION {Q(collation.Name)} ({string.Join(", ", options)})";
    }
}

using SurveySchema.Parsing.Dependencies;
using SurveySchema.Parsing.Statements;

namespace SurveySchema.Parsing.Ordering;

/// <summary>Breaks ties between statements that are ready at the same time, so the order depends on what
/// the statements declare and not on file names: first by the kind of object a statement is about
/// (schemas, extensions, types, functions, sequences, tables, views), then by that object's name, then by
/// what the statement does to it (create it, attach an index or trigger, alter, comment, grant); file
/// and position only separate statements that agree on all of that.</summary>
internal readonly record struct OrderingKey(int Group, string Anchor, int Rank, string RelativePath, int Start) : IComparable<OrderingKey>
{
    public int CompareTo(OrderingKey other)
    {
        var byGroup = Group.CompareTo(other.Group);
        if (byGroup != 0)
        {
            return byGroup;
        }

        var byAnchor = string.CompareOrdinal(Anchor, other.Anchor);
        if (byAnchor != 0)
        {
            return byAnchor;
        }

        var byRank = Rank.CompareTo(other.Rank);
        if (byRank != 0)
        {
            return byRank;
        }

        var byPath = string.CompareOrdinal(RelativePath, other.RelativePath);
        return byPath != 0 ? byPath : Start.CompareTo(other.Start);
    }

    /// <summary>Statements that attach something to a table are ordered with that table.</summary>
    private static readonly HashSet<string> AttachedToTable = new(StringComparer.Ordinal)
    {
        "IndexStmt", "CreateTrigStmt", "CreatePolicyStmt", "RuleStmt", "CreateStatsStmt",
    };

    /// <param name="statement">The statement.</param>
    /// <param name="facts">What it creates and references.</param>
    /// <param name="declaredKind">The kind of the object a reference resolved to, when known
    /// (COMMENT ON names "a relation"; the declaration says it is a view).</param>
    public static OrderingKey For(ParsedStatement statement, StatementFacts facts, Func<ObjectReference, SchemaObjectKind?> declaredKind)
    {
        var created = facts.Creates.FirstOrDefault(c => !c.Implicit)?.Name;
        var target = facts.References.FirstOrDefault(r => r.Target.Kind is not (SchemaObjectKind.Role or SchemaObjectKind.Schema))
            ?? facts.References.FirstOrDefault();
        SchemaObjectName? anchor;
        SchemaObjectKind? anchorKind;
        int rank;
        if (statement.Kind == StatementKind.Create && created is not null && !AttachedToTable.Contains(statement.NodeType))
        {
            anchor = created;
            anchorKind = created.Kind;
            rank = 0;
        }
        else
        {
            anchor = target?.Target ?? created;
            anchorKind = target is null ? created?.Kind : declaredKind(target) ?? target.Target.Kind;
            rank = statement.Kind switch
            {
                StatementKind.Create => 1,
                StatementKind.Alter => 2,
                StatementKind.Comment => 3,
                _ => 4,
            };
        }

        return new OrderingKey(GroupOf(anchorKind), anchor?.QualifiedName ?? string.Empty, rank, statement.Source.RelativePath, statement.Start);
    }

    private static int GroupOf(SchemaObjectKind? kind) => kind switch
    {
        SchemaObjectKind.Schema or SchemaObjectKind.Role => 0,
        SchemaObjectKind.Extension => 1,
        SchemaObjectKind.Type => 2,
        SchemaObjectKind.Function => 3,
        SchemaObjectKind.Sequence => 4,
        SchemaObjectKind.Table or SchemaObjectKind.ForeignTable or SchemaObjectKind.Relation or SchemaObjectKind.Index
            or SchemaObjectKind.Constraint or SchemaObjectKind.Trigger or SchemaObjectKind.Policy or SchemaObjectKind.Rule => 5,
        SchemaObjectKind.View => 6,
        SchemaObjectKind.MaterializedView => 7,
        _ => 8,
    };
}

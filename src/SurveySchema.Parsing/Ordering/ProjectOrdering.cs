using System.Collections.Immutable;
using SurveySchema.Model.Graphs;
using SurveySchema.Parsing.Dependencies;
using SurveySchema.Parsing.Diagnostics;
using SurveySchema.Parsing.Statements;

namespace SurveySchema.Parsing.Ordering;

/// <summary>A statement in its final place, with what it creates and references.</summary>
internal sealed record OrderedStatement(ParsedStatement Statement, StatementFacts Facts);

/// <summary>Orders a project's statements so that each runs after what it needs, as far as the parse trees
/// tell: the first order the shadow build tries. Foreign keys inside CREATE TABLE that close a cycle are
/// split out into ALTER TABLE statements. Nothing here is an error: PostgreSQL is the arbiter. A reference
/// that nothing declares, builds in or provides is a warning (a DO block may create it); a cycle that
/// remains, or a name declared twice, is left to the shadow build, which retries what fails for a missing
/// object and reports what PostgreSQL finds existing already.</summary>
internal sealed class ProjectOrdering(BuiltInCatalog builtIns, Func<string, string?, string, ExtensionContents?> findExtension)
{
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly HashSet<string> _uncheckedSchemas = new(StringComparer.Ordinal);

    /// <param name="statements">The accepted statements, in file and position order.</param>
    /// <param name="checkReferences">False when some statement could not be parsed: what it declared is
    /// unknown, so every reference to it would be a misleading follow-on error.</param>
    public (IReadOnlyList<OrderedStatement> Ordered, IReadOnlyList<Diagnostic> Diagnostics) Order(IReadOnlyList<ParsedStatement> statements, bool checkReferences = true)
    {
        var current = statements.ToList();
        var facts = current.Select(s => DependencyExtractor.Extract(s.NodeType, s.Body)).ToList();
        var provided = current.Select(ExtensionObjects).ToList();

        var index = Index(current, facts, provided);
        var resolver = new ReferenceResolver(index, builtIns, _uncheckedSchemas);
        if (checkReferences)
        {
            ReportUnknownReferences(current, facts, resolver);
        }

        for (var attempt = 0; ; attempt++)
        {
            var graph = Graph(current, facts, resolver);
            var keys = Enumerable.Range(0, current.Count).Select(i => OrderingKey.For(current[i], facts[i], r => DeclaredKind(resolver, r))).ToList();
            var (order, remaining) = graph.Sort(keys, CycleHandling.Stop);
            var cycles = remaining.Count == 0 ? [] : graph.Cycles(remaining);
            if (cycles.Count == 0 || attempt > 0 || !SplitForeignKeys(cycles, current, facts, provided, resolver))
            {
                var final = InFileOrder(current, facts, resolver, keys) ?? [.. order, .. remaining];
                var ordered = final.Select(i => new OrderedStatement(current[i], facts[i])).ToList();
                return (ordered, _diagnostics);
            }

            index = Index(current, facts, provided);
            resolver = new ReferenceResolver(index, builtIns, _uncheckedSchemas);
        }
    }

    /// <summary>What a CREATE EXTENSION statement brings along, read from the extension's install script.</summary>
    private ImmutableArray<CreatedObject> ExtensionObjects(ParsedStatement statement)
    {
        if (statement.NodeType != "CreateExtensionStmt" || statement.Body.String("extname") is not { } name)
        {
            return [];
        }

        var schema = DependencyExtractor.ExtensionOption(statement.Body, "schema") ?? SchemaObjectName.DefaultSchema;
        var contents = findExtension(name, DependencyExtractor.ExtensionOption(statement.Body, "new_version"), schema);
        if (contents is null)
        {
            _uncheckedSchemas.Add(schema);
            _diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ExtensionUnavailable, statement.Location,
                $"extension {name} is not installed here (no install script under PostgreSQL's share/extension), so references to what it provides in schema {schema} are not checked"));
            return [];
        }

        return [.. contents.Objects.Select(o => new CreatedObject(o, null))];
    }

    private static DeclarationIndex Index(List<ParsedStatement> statements, List<StatementFacts> facts, List<ImmutableArray<CreatedObject>> provided)
    {
        var index = new DeclarationIndex();
        for (var i = 0; i < statements.Count; i++)
        {
            foreach (var created in facts[i].Creates)
            {
                index.Add(new Declaration(i, created));
            }

            var extension = statements[i].Body.String("extname");
            foreach (var created in provided[i])
            {
                index.Add(new Declaration(i, created, extension));
            }
        }

        return index;
    }

    private void ReportUnknownReferences(List<ParsedStatement> statements, List<StatementFacts> facts, ReferenceResolver resolver)
    {
        for (var i = 0; i < statements.Count; i++)
        {
            foreach (var reference in facts[i].References)
            {
                if (resolver.Resolve(reference).IsUnknown)
                {
                    var target = reference.Target;
                    var shown = reference.IsUnqualified ? $"{target.Kind.Describe()} {target.Name}" : target.ToString();
                    var role = reference.ForeignKeyOffset is not null ? "foreign key target " : string.Empty;
                    _diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnknownReference, statements[i].LocationOf(reference.Offset),
                        $"{role}{shown} is not declared: no statement in the project creates it and no declared extension provides it (the shadow build will tell whether PostgreSQL finds it)"));
                }
            }
        }
    }

    private static PrecedenceGraph Graph(List<ParsedStatement> statements, List<StatementFacts> facts, ReferenceResolver resolver)
    {
        var graph = new PrecedenceGraph(statements.Count);
        for (var i = 0; i < statements.Count; i++)
        {
            foreach (var reference in facts[i].References)
            {
                foreach (var declaration in resolver.Resolve(reference).Declarations)
                {
                    graph.AddEdge(declaration.Statement, i);
                }
            }
        }

        return graph;
    }

    /// <summary>The dependency order that also keeps each file's statements in the file's order, as psql would
    /// run them: a file written in a valid order (a pg_dump, which attaches partitions before their
    /// constraints exist on purpose) is not reshuffled by the tie-breaking key. Where a file's own order
    /// contradicts the dependencies (a view above its table; a function whose body uses a table declared
    /// below it), the file-order edges on that cycle are dropped and the dependencies decide there; null when
    /// no order without cycles exists at all.</summary>
    private static IReadOnlyList<int>? InFileOrder(List<ParsedStatement> statements, List<StatementFacts> facts, ReferenceResolver resolver, List<OrderingKey> keys)
    {
        // Split-out foreign keys belong after both tables, not at the place of the constraint they came from.
        var chain = Enumerable.Range(0, statements.Count)
            .Where(i => !statements[i].IsSplitForeignKey)
            .GroupBy(i => statements[i].Source.RelativePath, StringComparer.Ordinal)
            .SelectMany(file => file.OrderBy(i => statements[i].Start).Zip(file.OrderBy(i => statements[i].Start).Skip(1)))
            .ToHashSet();
        while (true)
        {
            var graph = Graph(statements, facts, resolver);
            foreach (var (before, after) in chain)
            {
                graph.AddEdge(before, after);
            }

            var (order, remaining) = graph.Sort(keys, CycleHandling.Stop);
            if (remaining.Count == 0)
            {
                return order;
            }

            var dropped = 0;
            foreach (var cycle in graph.Cycles(remaining))
            {
                var members = cycle.ToHashSet();
                dropped += chain.RemoveWhere(edge => members.Contains(edge.First) && members.Contains(edge.Second));
            }

            if (dropped == 0)
            {
                return null;
            }
        }
    }

    private static SchemaObjectKind? DeclaredKind(ReferenceResolver resolver, ObjectReference reference)
        => resolver.Resolve(reference).Declarations.FirstOrDefault()?.Created.Name.Kind;

    /// <summary>Splits out of every CREATE TABLE on a cycle the foreign keys whose target is created on the
    /// same cycle; false when there was none to split.</summary>
    private static bool SplitForeignKeys(IReadOnlyList<IReadOnlyList<int>> cycles, List<ParsedStatement> statements, List<StatementFacts> facts,
        List<ImmutableArray<CreatedObject>> provided, ReferenceResolver resolver)
    {
        var split = false;
        foreach (var cycle in cycles)
        {
            var members = cycle.ToHashSet();
            foreach (var member in cycle.Order())
            {
                var offsets = facts[member].References
                    .Where(r => r.ForeignKeyOffset is not null
                        && resolver.Resolve(r).Declarations.Any(d => d.Statement != member && members.Contains(d.Statement)))
                    .Select(r => r.ForeignKeyOffset!.Value)
                    .ToHashSet();
                if (offsets.Count == 0 || ForeignKeySplitter.Split(statements[member], offsets) is not { } result)
                {
                    continue;
                }

                statements[member] = result.Create;
                facts[member] = DependencyExtractor.Extract(result.Create.NodeType, result.Create.Body);
                foreach (var alter in result.Alters)
                {
                    statements.Add(alter);
                    facts.Add(DependencyExtractor.Extract(alter.NodeType, alter.Body));
                    provided.Add([]);
                }

                split = true;
            }
        }

        return split;
    }
}

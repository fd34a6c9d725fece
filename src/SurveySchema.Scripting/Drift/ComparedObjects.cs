using SurveySchema.Diff;

namespace SurveySchema.Scripting.Drift;

/// <summary>Every object of either model, named as <see cref="Operation.Subject"/> names it, so that each
/// finding lands on its object's test case and an object without findings is a passing one.</summary>
internal static class ComparedObjects
{
    public static IEnumerable<(string Kind, string Name, Parsing.Dependencies.SchemaObjectName Declared)> Of(DatabaseModel model) =>
    [
        .. model.Schemas.Select(s => ("schema", s.Name, Sites(new CreateSchema(s.Name)))),
        .. model.Extensions.Select(e => ("extension", e.Name, Sites(new CreateExtension(e)))),
        .. model.Types.Select(t => ("type", t.Name.ToString(), Sites(new CreateType(t)))),
        .. model.Sequences.Select(s => ("sequence", s.Name.ToString(), Sites(new CreateSequence(s)))),
        .. model.Tables.Select(t => ("table", t.Name.ToString(), DeclarationSites.Relation(t.Name))),
        .. model.Views.Select(v => (v.Kind == ViewKind.Materialized ? "materialized view" : "view", v.Name.ToString(), DeclarationSites.Relation(v.Name))),
        .. model.Functions.Select(f => ("function", f.Signature, Sites(new DropFunction(f)))),
        .. model.Aggregates.Select(a => ("aggregate", a.Signature, Sites(new DropAggregate(a)))),
        .. model.Collations.Select(c => ("collation", c.Name.ToString(), Sites(new DropCollation(c)))),
        .. model.Roles.Select(r => ("role", r.Name, Sites(new CreateRole(r)))),
        .. model.DefaultPrivileges.Select(d => ("", new DefaultPrivilegeTarget(d.Role, d.Schema, d.Objects).ToString(), Sites(null))),
    ];

    /// <summary>The object's own declaration name (the first site of an operation on it as a whole).</summary>
    private static Parsing.Dependencies.SchemaObjectName Sites(Operation? operation) =>
        (operation is null ? null : DeclarationSites.Of(operation).FirstOrDefault())
        ?? new Parsing.Dependencies.SchemaObjectName(Parsing.Dependencies.SchemaObjectKind.Other, null, "", Label: "none");
}

using SurveySchema.Diff;
using SurveySchema.Parsing.Dependencies;

namespace SurveySchema.Scripting.Drift;

/// <summary>Every object of either model, named as <see cref="Operation.Subject"/> names it, so that each
/// finding lands on its object's test case and an object without findings is a passing one.</summary>
internal static class ComparedObjects
{
    /// <returns>Each object's kind and name, and the name its declaration has in the parse (null for default
    /// privileges, which no statement creates).</returns>
    public static IEnumerable<(string Kind, string Name, SchemaObjectName? Declared)> Of(DatabaseModel model) =>
    [
        .. model.Schemas.Select(s => ("schema", s.Name, Site(new CreateSchema(s.Name)))),
        .. model.Extensions.Select(e => ("extension", e.Name, Site(new CreateExtension(e)))),
        .. model.Types.Select(t => ("type", t.Name.ToString(), Site(new CreateType(t)))),
        .. model.Sequences.Select(s => ("sequence", s.Name.ToString(), Site(new CreateSequence(s)))),
        .. model.Tables.Select(t => ("table", t.Name.ToString(), (SchemaObjectName?)DeclarationSites.Relation(t.Name))),
        .. model.Views.Select(v => (v.Kind == ViewKind.Materialized ? "materialized view" : "view", v.Name.ToString(), (SchemaObjectName?)DeclarationSites.Relation(v.Name))),
        .. model.Functions.Select(f => ("function", f.Signature, Site(new DropFunction(f)))),
        .. model.Aggregates.Select(a => ("aggregate", a.Signature, Site(new DropAggregate(a)))),
        .. model.Collations.Select(c => ("collation", c.Name.ToString(), Site(new DropCollation(c)))),
        .. model.Roles.Select(r => ("role", r.Name, Site(new CreateRole(r)))),
        .. model.DefaultPrivileges.Select(d => ("", new DefaultPrivilegeTarget(d.Role, d.Schema, d.Objects).ToString(), (SchemaObjectName?)null)),
    ];

    /// <summary>The object's own declaration name: where an operation on it as a whole would be declared.</summary>
    private static SchemaObjectName? Site(Operation operation) => DeclarationSites.Of(operation).FirstOrDefault();
}

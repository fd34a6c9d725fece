namespace SurveySchema.Diff.Differs;

/// <summary>Schemas and extensions.</summary>
internal static class SchemaAndExtensionDiffer
{
    public static void Diff(DiffContext context)
    {
        var schemas = Matching.Match(context.Current.Schemas, context.Desired.Schemas, s => s.Name);
        foreach (var schema in schemas.Dropped)
        {
            context.Add(DiffPhase.DropContainers, new DropSchema(schema.Name));
        }

        foreach (var schema in schemas.Created)
        {
            context.Add(DiffPhase.CreateContainers, new CreateSchema(schema.Name));
            CommentGrantOwnerDiffer.GrantsOnCreate(context, ObjectTarget.ForSchema(schema.Name), schema.Grants);
            CommentGrantOwnerDiffer.Owner(context, ObjectTarget.ForSchema(schema.Name), null, schema.Owner);
            CommentGrantOwnerDiffer.Comment(context, ObjectTarget.ForSchema(schema.Name), null, schema.Comment);
        }

        foreach (var (current, desired) in schemas.Both)
        {
            CommentGrantOwnerDiffer.Grants(context, ObjectTarget.ForSchema(desired.Name), current.Grants, desired.Grants);
            CommentGrantOwnerDiffer.Owner(context, ObjectTarget.ForSchema(desired.Name), current.Owner, desired.Owner);
            CommentGrantOwnerDiffer.Comment(context, ObjectTarget.ForSchema(desired.Name), current.Comment, desired.Comment);
        }

        var extensions = Matching.Match(context.Current.Extensions, context.Desired.Extensions, e => e.Name);
        foreach (var extension in extensions.Dropped)
        {
            context.Add(DiffPhase.DropContainers, new DropExtension(extension));
        }

        foreach (var extension in extensions.Created)
        {
            context.Add(DiffPhase.CreateContainers, new CreateExtension(extension));
        }

        foreach (var (current, desired) in extensions.Both)
        {
            if (current.Schema != desired.Schema)
            {
                // Moving an extension moves every member object; a drop and create would drop the
                // columns of its types. Left to a person.
                context.Remarks.Add(new Remark(RemarkCodes.ExtensionSchemaKept, $"extension {desired.Name} is in schema {current.Schema}, expected {desired.Schema}: not moved (ALTER EXTENSION … SET SCHEMA by hand)"));
            }

            if (current.Version != desired.Version)
            {
                context.Add(DiffPhase.CreateContainers, new AlterExtensionUpdate(desired.Name, current.Version, desired.Version));
            }
        }
    }
}

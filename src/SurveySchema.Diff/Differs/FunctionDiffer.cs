namespace SurveySchema.Diff.Differs;

/// <summary>Functions and procedures, by name and identity arguments. A changed body with the same
/// signature and result is CREATE OR REPLACE (dependent triggers and grants stay); a changed result type or
/// kind needs a drop and a create.</summary>
internal static class FunctionDiffer
{
    public static void Diff(DiffContext context)
    {
        var functions = Matching.Match(context.Current.Functions, context.Desired.Functions, f => f.Signature);
        foreach (var function in functions.Dropped)
        {
            context.Add(DiffPhase.DropObjects, new DropFunction(function));
        }

        foreach (var function in functions.Created)
        {
            Create(context, function);
        }

        foreach (var (was, wanted) in functions.Both)
        {
            if (was.Result != wanted.Result || was.Kind != wanted.Kind)
            {
                context.Add(DiffPhase.DropObjects, new DropFunction(was));
                Create(context, wanted);
                continue;
            }

            if (was.Definition != wanted.Definition)
            {
                context.Add(DiffPhase.CreateFunctions, new CreateFunction(wanted, Replace: true));
            }

            CommentGrantOwnerDiffer.Grants(context, Target(wanted), was.Grants, wanted.Grants);
            CommentGrantOwnerDiffer.Owner(context, Target(wanted), was.Owner, wanted.Owner);
            CommentGrantOwnerDiffer.Comment(context, Target(wanted), was.Comment, wanted.Comment);
        }
    }

    internal static ObjectTarget Target(Function function) => new(
        function.Kind == FunctionKind.Procedure ? ObjectRefKind.Procedure : ObjectRefKind.Function,
        function.Name,
        function.IdentityArguments);

    internal static void Create(DiffContext context, Function function)
    {
        var target = Target(function);
        context.Add(DiffPhase.CreateFunctions, new CreateFunction(function, Replace: false));
        CommentGrantOwnerDiffer.GrantsOnCreate(context, target, function.Grants);
        CommentGrantOwnerDiffer.Owner(context, target, null, function.Owner);
        CommentGrantOwnerDiffer.Comment(context, target, null, function.Comment);
    }
}

namespace SurveySchema.Diff.Differs;

/// <summary>Views and materialized views, by name.</summary>
/// <remarks>
/// A view whose definition changes is dropped and created again rather than replaced: CREATE OR REPLACE
/// VIEW only allows appending columns. Views that must be recreated because something they use is dropped or
/// retyped (a column, another view) are found from the dependency edges by <see cref="DependentDiffer"/>.
/// </remarks>
internal static class ViewDiffer
{
    public static void Diff(DiffContext context)
    {
        var views = Matching.Match(context.Current.Views, context.Desired.Views, v => v.Name);
        var recreate = views.Both
            .Where(p => Shape(p.Current) != Shape(p.Desired))
            .Select(p => p.Desired.Name)
            .ToHashSet();

        foreach (var view in views.Dropped)
        {
            context.Add(DiffPhase.DropDependents, new DropView(view));
        }

        foreach (var (was, wanted) in views.Both)
        {
            if (recreate.Contains(wanted.Name))
            {
                context.Add(DiffPhase.DropDependents, new DropView(was));
                Create(context, wanted);
                continue;
            }

            IndexDiffer.Diff(context, wanted.Name, was.Indexes, wanted.Indexes);
            TriggerDiffer.Diff(context, wanted.Name, was.Triggers, wanted.Triggers);
            Labels(context, was, wanted);
        }

        foreach (var view in views.Created)
        {
            Create(context, view);
        }
    }

    /// <summary>What CREATE VIEW itself determines: comments, grants, indexes and triggers are separate.</summary>
    private static View Shape(View view) => view with
    {
        Comment = null,
        Owner = null,
        Grants = [],
        Indexes = [],
        Triggers = [],
        Columns = view.Columns.Select(c => c with { Comment = null, Grants = [] }).ToEquatableArray(),
    };

    internal static void Create(DiffContext context, View view)
    {
        context.Add(DiffPhase.CreateViews, new CreateView(view));
        IndexDiffer.Diff(context, view.Name, [], view.Indexes);
        TriggerDiffer.Diff(context, view.Name, [], view.Triggers);
        Labels(context, null, view);
    }

    private static void Labels(DiffContext context, View? current, View desired)
    {
        var kind = desired.Kind == ViewKind.Materialized ? ObjectRefKind.MaterializedView : ObjectRefKind.View;
        if (current is null)
        {
            CommentGrantOwnerDiffer.GrantsOnCreate(context, new ObjectTarget(kind, desired.Name), desired.Grants);
        }
        else
        {
            CommentGrantOwnerDiffer.Grants(context, new ObjectTarget(kind, desired.Name), current.Grants, desired.Grants);
        }
        CommentGrantOwnerDiffer.Owner(context, new ObjectTarget(kind, desired.Name), current?.Owner, desired.Owner);
        CommentGrantOwnerDiffer.Comment(context, new ObjectTarget(kind, desired.Name), current?.Comment, desired.Comment);
        foreach (var column in desired.Columns)
        {
            var was = current?.Columns.FirstOrDefault(c => c.Name == column.Name);
            var target = new ObjectTarget(ObjectRefKind.Column, desired.Name, column.Name);
            CommentGrantOwnerDiffer.Grants(context, target, was?.Grants ?? [], column.Grants);
            CommentGrantOwnerDiffer.Comment(context, target, was?.Comment, column.Comment);
        }
    }
}

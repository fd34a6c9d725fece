namespace SurveySchema.Diff;

/// <summary>CREATE [MATERIALIZED] VIEW; a materialized view's indexes follow as <see cref="CreateIndex"/>.</summary>
public sealed record CreateView(View View) : Operation
{
    public override string Subject => Kind + " " + View.Name;

    public override string Describe() => "create " + Kind + " " + View.Name;

    internal string Kind => View.Kind == ViewKind.Materialized ? "materialized view" : "view";
}

/// <summary>DROP [MATERIALIZED] VIEW.</summary>
public sealed record DropView(View View) : Operation
{
    public override string Subject => Kind + " " + View.Name;

    public override string Describe() => "drop " + Kind + " " + View.Name;

    internal string Kind => View.Kind == ViewKind.Materialized ? "materialized view" : "view";
}

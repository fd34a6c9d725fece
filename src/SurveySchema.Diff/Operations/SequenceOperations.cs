namespace SurveySchema.Diff;

/// <summary>CREATE SEQUENCE (without OWNED BY: the owning column may not exist yet; see <see cref="SetSequenceOwner"/>).</summary>
public sealed record CreateSequence(Sequence Sequence) : Operation
{
    public override string Subject => "sequence " + Sequence.Name;

    public override string Describe() => "create sequence " + Sequence.Name;
}

/// <summary>ALTER SEQUENCE with the options that changed.</summary>
public sealed record AlterSequence(QualifiedName Name, SequenceOptions From, SequenceOptions To) : Operation
{
    public override string Subject => "sequence " + Name;

    public override string Describe() => "alter sequence " + Name;
}

/// <summary>ALTER SEQUENCE … OWNED BY table.column | NONE. <see cref="Previous"/> is the owner it had: dropping
/// that column or its table would take the sequence along, so the step runs before.</summary>
public sealed record SetSequenceOwner(QualifiedName Name, ColumnReference? OwnedBy, ColumnReference? Previous = null) : Operation
{
    public override string Subject => "sequence " + Name;

    public override string Describe() =>
        $"sequence {Name} owned by {(OwnedBy is null ? "none" : OwnedBy.Table + "." + OwnedBy.Column)}";
}

/// <summary>DROP SEQUENCE.</summary>
public sealed record DropSequence(Sequence Sequence) : Operation
{
    public override string Subject => "sequence " + Sequence.Name;

    public override string Describe() => "drop sequence " + Sequence.Name;
}

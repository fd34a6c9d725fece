namespace SurveySchema.Diff;

/// <summary>ALTER TABLE … ADD CONSTRAINT ….</summary>
/// <remarks><see cref="NotValid"/> is the planner's online-safe choice for foreign keys and checks on
/// existing tables: the constraint is added without scanning, then validated by <see cref="ValidateConstraint"/>.</remarks>
public sealed record AddConstraint(QualifiedName Table, Constraint Constraint) : TableOperation(Table)
{
    public bool NotValid { get; init; }

    public override string Describe() =>
        $"add {KindText(Constraint.Kind)} {Constraint.Name}{(NotValid ? " (not valid)" : "")}";

    internal static string KindText(ConstraintKind kind) => kind switch
    {
        ConstraintKind.PrimaryKey => "primary key",
        ConstraintKind.ForeignKey => "foreign key",
        ConstraintKind.Unique => "unique constraint",
        ConstraintKind.Check => "check constraint",
        _ => "exclusion constraint",
    };
}

/// <summary>ALTER TABLE … DROP CONSTRAINT ….</summary>
public sealed record DropConstraint(QualifiedName Table, Constraint Constraint) : TableOperation(Table)
{
    public override string Describe() => $"drop {AddConstraint.KindText(Constraint.Kind)} {Constraint.Name}";
}

/// <summary>ALTER TABLE … VALIDATE CONSTRAINT …: scans the rows under a SHARE UPDATE EXCLUSIVE lock only.</summary>
public sealed record ValidateConstraint(QualifiedName Table, string Name) : TableOperation(Table)
{
    public override string Describe() => "validate constraint " + Name;
}

/// <summary>ALTER TABLE … ADD CONSTRAINT name CHECK (column IS NOT NULL) NOT VALID: the planner's first step
/// of an online SET NOT NULL (validated, it lets SET NOT NULL skip its full-table scan under an ACCESS
/// EXCLUSIVE lock; PostgreSQL 12+).</summary>
public sealed record AddNotNullCheck(QualifiedName Table, string Column, string CheckName) : TableOperation(Table)
{
    public override string Describe() => $"add check {CheckName} ({Column} is not null) not valid";
}

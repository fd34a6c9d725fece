namespace SurveySchema.Diff;

/// <summary>CREATE SCHEMA.</summary>
public sealed record CreateSchema(string Name) : Operation
{
    public override string Subject => "schema " + Name;

    public override string Describe() => "create schema " + Name;
}

/// <summary>DROP SCHEMA (without CASCADE: its objects are dropped by their own operations first).</summary>
public sealed record DropSchema(string Name) : Operation
{
    public override string Subject => "schema " + Name;

    public override string Describe() => "drop schema " + Name;
}

/// <summary>CREATE EXTENSION … WITH SCHEMA … VERSION ….</summary>
public sealed record CreateExtension(Extension Extension) : Operation
{
    public override string Subject => "extension " + Extension.Name;

    public override string Describe() => $"create extension {Extension.Name} {Extension.Version} in schema {Extension.Schema}";
}

/// <summary>DROP EXTENSION.</summary>
public sealed record DropExtension(Extension Extension) : Operation
{
    public override string Subject => "extension " + Extension.Name;

    public override string Describe() => "drop extension " + Extension.Name;
}

/// <summary>ALTER EXTENSION … UPDATE TO ….</summary>
public sealed record AlterExtensionUpdate(string Name, string FromVersion, string ToVersion) : Operation
{
    public override string Subject => "extension " + Name;

    public override string Describe() => $"update extension {Name} from {FromVersion} to {ToVersion}";
}

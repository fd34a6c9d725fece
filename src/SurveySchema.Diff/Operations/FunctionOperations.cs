namespace SurveySchema.Diff;

/// <summary>CREATE [OR REPLACE] FUNCTION/PROCEDURE from <see cref="Function.Definition"/>.</summary>
/// <param name="Replace">The signature exists and stays: CREATE OR REPLACE keeps dependent triggers and grants.</param>
public sealed record CreateFunction(Function Function, bool Replace) : Operation
{
    public override string Subject => "function " + Function.Signature;

    public override string Describe() => (Replace ? "replace " : "create ") + Function.Kind.ToString().ToLowerInvariant() + " " + Function.Signature;
}

/// <summary>DROP FUNCTION/PROCEDURE name(identity arguments).</summary>
public sealed record DropFunction(Function Function) : Operation
{
    public override string Subject => "function " + Function.Signature;

    public override string Describe() => "drop " + Function.Kind.ToString().ToLowerInvariant() + " " + Function.Signature;
}

using SurveySchema.Model;

namespace SurveySchema.Catalog.Building;

/// <summary>The one-letter codes pg_catalog stores, translated to the model's enums. An unknown code
/// (a newer PostgreSQL) is an error naming the object, never a silent default.</summary>
internal static class CatalogCodes
{
    public static Persistence Persistence(string code, string objectName) => code switch
    {
        "p" => Model.Persistence.Permanent,
        "u" => Model.Persistence.Unlogged,
        _ => throw Unknown("persistence", code, objectName),
    };

    public static DefaultPrivilegeObjects DefaultPrivilegeObjects(string code, string objectName) => code switch
    {
        "r" => Model.DefaultPrivilegeObjects.Tables,
        "S" => Model.DefaultPrivilegeObjects.Sequences,
        "f" => Model.DefaultPrivilegeObjects.Functions,
        "T" => Model.DefaultPrivilegeObjects.Types,
        "n" => Model.DefaultPrivilegeObjects.Schemas,
        _ => throw Unknown("default privilege object type", code, objectName),
    };

    public static ConstraintKind ConstraintKind(string code, string objectName) => code switch
    {
        "p" => Model.ConstraintKind.PrimaryKey,
        "f" => Model.ConstraintKind.ForeignKey,
        "u" => Model.ConstraintKind.Unique,
        "c" => Model.ConstraintKind.Check,
        "x" => Model.ConstraintKind.Exclusion,
        _ => throw Unknown("constraint kind", code, objectName),
    };

    public static ReferentialAction ReferentialAction(string code, string objectName) => code switch
    {
        "a" => Model.ReferentialAction.NoAction,
        "r" => Model.ReferentialAction.Restrict,
        "c" => Model.ReferentialAction.Cascade,
        "n" => Model.ReferentialAction.SetNull,
        "d" => Model.ReferentialAction.SetDefault,
        _ => throw Unknown("referential action", code, objectName),
    };

    public static ForeignKeyMatch Match(string code, string objectName) => code switch
    {
        "s" => ForeignKeyMatch.Simple,
        "f" => ForeignKeyMatch.Full,
        "p" => ForeignKeyMatch.Partial,
        _ => throw Unknown("match type", code, objectName),
    };

    public static TriggerEnabled TriggerEnabled(string code, string objectName) => code switch
    {
        "O" => Model.TriggerEnabled.Origin,
        "D" => Model.TriggerEnabled.Disabled,
        "R" => Model.TriggerEnabled.Replica,
        "A" => Model.TriggerEnabled.Always,
        _ => throw Unknown("trigger firing mode", code, objectName),
    };

    public static PolicyCommand PolicyCommand(string code, string objectName) => code switch
    {
        "*" => Model.PolicyCommand.All,
        "r" => Model.PolicyCommand.Select,
        "a" => Model.PolicyCommand.Insert,
        "w" => Model.PolicyCommand.Update,
        "d" => Model.PolicyCommand.Delete,
        _ => throw Unknown("policy command", code, objectName),
    };

    public static FunctionKind FunctionKind(string code, string objectName) => code switch
    {
        "f" => Model.FunctionKind.Function,
        "p" => Model.FunctionKind.Procedure,
        "w" => Model.FunctionKind.Window,
        _ => throw Unknown("function kind", code, objectName),
    };

    public static Volatility Volatility(string code, string objectName) => code switch
    {
        "i" => Model.Volatility.Immutable,
        "s" => Model.Volatility.Stable,
        "v" => Model.Volatility.Volatile,
        _ => throw Unknown("volatility", code, objectName),
    };

    public static IdentityGeneration? Identity(string code, string objectName) => code switch
    {
        "" => null,
        "a" => IdentityGeneration.Always,
        "d" => IdentityGeneration.ByDefault,
        _ => throw Unknown("identity kind", code, objectName),
    };

    public static TypeKind TypeKind(string code, string objectName) => code switch
    {
        "e" => Model.TypeKind.Enum,
        "d" => Model.TypeKind.Domain,
        "c" => Model.TypeKind.Composite,
        "r" => Model.TypeKind.Range,
        _ => throw Unknown("type kind", code, objectName),
    };

    private static CatalogReadException Unknown(string what, string code, string objectName) =>
        new($"{objectName}: unknown {what} '{code}' in the catalog");
}

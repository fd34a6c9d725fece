using SurveySchema.Catalog.Rows;
using SurveySchema.Model;

namespace SurveySchema.Catalog.Building;

/// <summary>Aggregates from their rows.</summary>
internal static class AggregateBuilder
{
    public static Aggregate Aggregate(AggregateRow row, GrantIndex grants)
    {
        var name = new QualifiedName(row.Schema, row.Name);
        var objectName = $"aggregate {name}({row.IdentityArguments})";
        var kind = Kind(row.Kind, objectName);
        return new Aggregate(name, row.IdentityArguments)
        {
            Kind = kind,
            Arguments = row.Arguments,
            StateFunction = new QualifiedName(row.StateFunctionSchema, row.StateFunctionName),
            StateType = row.StateType,
            StateSpace = row.StateSpace,
            FinalFunction = Name(row.FinalFunctionSchema, row.FinalFunctionName),
            FinalExtra = row.FinalExtra,
            FinalModify = Modify(row.FinalModify, objectName),
            CombineFunction = Name(row.CombineFunctionSchema, row.CombineFunctionName),
            SerialFunction = Name(row.SerialFunctionSchema, row.SerialFunctionName),
            DeserialFunction = Name(row.DeserialFunctionSchema, row.DeserialFunctionName),
            InitialCondition = row.InitialCondition,
            Moving = row.MovingStateFunctionName is null ? null : new MovingAggregate(
                new QualifiedName(row.MovingStateFunctionSchema!, row.MovingStateFunctionName),
                new QualifiedName(row.MovingInverseFunctionSchema!, row.MovingInverseFunctionName!),
                row.MovingStateType!)
            {
                StateSpace = row.MovingStateSpace,
                FinalFunction = Name(row.MovingFinalFunctionSchema, row.MovingFinalFunctionName),
                FinalExtra = row.MovingFinalExtra,
                FinalModify = Modify(row.MovingFinalModify, objectName),
                InitialCondition = row.MovingInitialCondition,
            },
            SortOperator = Name(row.SortOperatorSchema, row.SortOperatorName),
            Parallel = Parallel(row.Parallel, objectName),
            Grants = grants.For(GrantIndex.Function, row.Oid),
            Comment = row.Comment,
        };
    }

    private static QualifiedName? Name(string? schema, string? name) =>
        name is null ? null : new QualifiedName(schema!, name);

    private static AggregateKind Kind(string code, string objectName) => code switch
    {
        "n" => AggregateKind.Normal,
        "o" => AggregateKind.OrderedSet,
        "h" => AggregateKind.Hypothetical,
        _ => throw new CatalogReadException($"{objectName}: unknown aggregate kind '{code}' in the catalog"),
    };

    private static AggregateModify Modify(string code, string objectName) => code switch
    {
        "r" => AggregateModify.ReadOnly,
        "s" => AggregateModify.Shareable,
        "w" => AggregateModify.ReadWrite,
        _ => throw new CatalogReadException($"{objectName}: unknown final function modify code '{code}' in the catalog"),
    };

    private static ParallelSafety Parallel(string code, string objectName) => code switch
    {
        "s" => ParallelSafety.Safe,
        "r" => ParallelSafety.Restricted,
        "u" => ParallelSafety.Unsafe,
        _ => throw new CatalogReadException($"{objectName}: unknown parallel safety '{code}' in the catalog"),
    };
}

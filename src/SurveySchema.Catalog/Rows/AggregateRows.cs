namespace SurveySchema.Catalog.Rows;

// Rows of aggregates.sql and collations.sql.

internal sealed class AggregateRow
{
    public uint Oid { get; set; }

    public string Schema { get; set; } = "";

    public string Name { get; set; } = "";

    public string IdentityArguments { get; set; } = "";

    public string Arguments { get; set; } = "";

    /// <summary><c>aggkind</c>: n, o or h.</summary>
    public string Kind { get; set; } = "";

    public string StateFunctionSchema { get; set; } = "";

    public string StateFunctionName { get; set; } = "";

    public string StateType { get; set; } = "";

    public int StateSpace { get; set; }

    public string? FinalFunctionSchema { get; set; }

    public string? FinalFunctionName { get; set; }

    public bool FinalExtra { get; set; }

    public string FinalModify { get; set; } = "";

    public string? CombineFunctionSchema { get; set; }

    public string? CombineFunctionName { get; set; }

    public string? SerialFunctionSchema { get; set; }

    public string? SerialFunctionName { get; set; }

    public string? DeserialFunctionSchema { get; set; }

    public string? DeserialFunctionName { get; set; }

    public string? InitialCondition { get; set; }

    public string? MovingStateFunctionSchema { get; set; }

    public string? MovingStateFunctionName { get; set; }

    public string? MovingInverseFunctionSchema { get; set; }

    public string? MovingInverseFunctionName { get; set; }

    public string? MovingStateType { get; set; }

    public int MovingStateSpace { get; set; }

    public string? MovingFinalFunctionSchema { get; set; }

    public string? MovingFinalFunctionName { get; set; }

    public bool MovingFinalExtra { get; set; }

    public string MovingFinalModify { get; set; } = "";

    public string? MovingInitialCondition { get; set; }

    public string? SortOperatorSchema { get; set; }

    public string? SortOperatorName { get; set; }

    public string Parallel { get; set; } = "";

    public string? Comment { get; set; }
}

internal sealed class CollationRow
{
    public uint Oid { get; set; }

    public string Schema { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary><c>collprovider</c>: c (libc) or i (ICU).</summary>
    public string Provider { get; set; } = "";

    public string? LcCollate { get; set; }

    public string? LcCtype { get; set; }

    public string? IcuLocale { get; set; }

    public bool Deterministic { get; set; }

    public string? Comment { get; set; }
}

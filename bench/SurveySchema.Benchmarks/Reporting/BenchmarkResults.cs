using SurveySchema.Benchmarks.Suites;

namespace SurveySchema.Benchmarks.Reporting;

/// <summary>Everything one run of the harness measured, ready for <see cref="MarkdownReport"/>.</summary>
/// <param name="Load">Mean and highest one-minute load average during the run (other work on the machine included).</param>
internal sealed record BenchmarkResults(
    BenchArguments Arguments,
    MachineInfo Machine,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    (double Mean, double Max)? Load,
    IReadOnlyList<CatalogResult> Catalog,
    IReadOnlyList<ShadowBuildTimings> Shadow,
    IReadOnlyList<DiffTimings> Diff)
{
    /// <summary>Whole processes side by side (the e2e suite).</summary>
    public IReadOnlyList<EndToEndResult> EndToEnd { get; init; } = [];

    /// <summary>The online deploy under write load; null when not run.</summary>
    public OnlineDeployResult? Online { get; init; }

    /// <summary>Whole-process measurements that failed, one line each, listed in the report.</summary>
    public IReadOnlyList<string> Failures { get; init; } = [];
}

using System.Globalization;

namespace SurveySchema.Benchmarks;

/// <summary>The harness's command line (see <see cref="Usage"/>).</summary>
internal sealed record BenchArguments
{
    public const string Usage = """
        usage: SurveySchema.Benchmarks [options]
          --sizes N,N,...         table counts to measure (default 100,1000,5000)
          --repetitions N         recorded runs of the quick measurements: catalog read, pg_dump, parse,
                                  cached rebuild, plan, write (default 5; a first run or warm-up comes on top)
          --build-repetitions N   recorded cold shadow builds per size (default 3, 2 from 5 000 tables on)
          --suites LIST           which of catalog,shadow,diff,e2e,online to run (default all; diff needs catalog;
                                  e2e and/or online alone replace only their sections of an existing --out page)
          --e2e-sizes N,N,...     table counts of the end-to-end suite (default 1000,2000,5000)
          --cli FILE              the surveyschema executable the e2e and online suites run
                                  (default src/SurveySchema.Cli/bin/Release/net10.0/surveyschema)
          --peer FILE             a two-database differ to compare with (migra of @pgkit/migra); none: skipped
          --online-rows N         rows in survey_points for the online deploy (default 5000000)
          --online-baseline S     seconds of write load measured without a deploy (default 20)
          --seed N                generator seed (default 2277)
          --out FILE              write the Markdown report there (default: print it)
          --pg-bin DIR            where pg_dump lives (default /usr/lib/postgresql/<server major>/bin)
          --emit DIR              only write the generated projects to DIR/<size>/ and stop (no server)
        """;

    public IReadOnlyList<int> Sizes { get; init; } = [100, 1000, 5000];

    public int Repetitions { get; init; } = 5;

    /// <summary>Null: 3, or 2 from 5 000 tables on, where one build takes most of a minute.</summary>
    public int? BuildRepetitions { get; init; }

    public IReadOnlySet<string> Suites { get; init; } = new HashSet<string>(KnownSuites, StringComparer.Ordinal);

    public IReadOnlyList<int> EndToEndSizes { get; init; } = [1000, 2000, 5000];

    public string Cli { get; init; } = "src/SurveySchema.Cli/bin/Release/net10.0/surveyschema";

    public string? Peer { get; init; }

    public long OnlineRows { get; init; } = 5_000_000;

    public int OnlineBaselineSeconds { get; init; } = 20;

    private static readonly string[] KnownSuites = ["catalog", "shadow", "diff", "e2e", "online"];

    public int Seed { get; init; } = 2277;

    public string? Out { get; init; }

    public string? PgBin { get; init; }

    /// <summary>Write the generated projects here instead of measuring.</summary>
    public string? Emit { get; init; }

    /// <summary>The command line as given, for the report's "reproduce" line.</summary>
    public IReadOnlyList<string> Raw { get; init; } = [];

    public int BuildRepetitionsFor(int tables) => BuildRepetitions ?? (tables >= 5000 ? 2 : 3);

    /// <summary>Parses <paramref name="args"/>; a <see cref="FormatException"/> names the bad option.</summary>
    public static BenchArguments Parse(string[] args)
    {
        var result = new BenchArguments { Raw = args };
        for (var i = 0; i < args.Length; i++)
        {
            var option = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{option} needs a value");
            result = option switch
            {
                "--sizes" => result with { Sizes = [.. Value().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => Positive(option, s))] },
                "--repetitions" => result with { Repetitions = Positive(option, Value()) },
                "--build-repetitions" => result with { BuildRepetitions = Positive(option, Value()) },
                "--suites" => result with { Suites = Suite(Value()) },
                "--seed" => result with { Seed = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--out" => result with { Out = Value() },
                "--pg-bin" => result with { PgBin = Value() },
                "--emit" => result with { Emit = Value() },
                "--e2e-sizes" => result with { EndToEndSizes = [.. Value().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => Positive(option, s))] },
                "--cli" => result with { Cli = Value() },
                "--peer" => result with { Peer = Value() },
                "--online-rows" => result with { OnlineRows = Positive(option, Value()) },
                "--online-baseline" => result with { OnlineBaselineSeconds = Positive(option, Value()) },
                _ => throw new FormatException($"unknown option {option}"),
            };
        }

        if (result.Sizes.Count == 0)
        {
            throw new FormatException("--sizes needs at least one size");
        }

        return result;
    }

    private static int Positive(string option, string text) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new FormatException($"{option}: '{text}' is not a positive number");

    private static HashSet<string> Suite(string text)
    {
        var suites = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var unknown = suites.Except(KnownSuites).ToList();
        if (unknown.Count > 0)
        {
            throw new FormatException($"--suites: unknown suite(s) {string.Join(", ", unknown)} ({string.Join(", ", KnownSuites)})");
        }

        if (suites.Contains("diff"))
        {
            suites.Add("catalog");
        }

        return suites;
    }
}

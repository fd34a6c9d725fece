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
          --suites LIST           which of catalog,shadow,diff to run (default all; diff needs catalog)
          --seed N                generator seed (default 2277)
          --out FILE              write the Markdown report there (default: print it)
          --pg-bin DIR            where pg_dump lives (default /usr/lib/postgresql/<server major>/bin)
          --emit DIR              only write the generated projects to DIR/<size>/ and stop (no server)
        """;

    public IReadOnlyList<int> Sizes { get; init; } = [100, 1000, 5000];

    public int Repetitions { get; init; } = 5;

    /// <summary>Null: 3, or 2 from 5 000 tables on, where one build takes most of a minute.</summary>
    public int? BuildRepetitions { get; init; }

    public IReadOnlySet<string> Suites { get; init; } = new HashSet<string>(["catalog", "shadow", "diff"], StringComparer.Ordinal);

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
        var unknown = suites.Except(["catalog", "shadow", "diff"]).ToList();
        if (unknown.Count > 0)
        {
            throw new FormatException($"--suites: unknown suite(s) {string.Join(", ", unknown)} (catalog, shadow, diff)");
        }

        if (suites.Contains("diff"))
        {
            suites.Add("catalog");
        }

        return suites;
    }
}

using CsCheck;

namespace SurveySchema.IntegrationTests.Convergence.RandomSchemas;

/// <summary>The committed list of random pairs CI runs, <c>fixed-seeds.txt</c> beside this file: one CsCheck seed
/// string a line (what CsCheck prints as <c>Set seed: "…"</c> and exploration names its found cases by), blank
/// lines and text after <c>#</c> ignored. The same seeds every run, so a red build means a change broke something.</summary>
internal static class FixedSeeds
{
    public static string FilePath => Path.Combine(RepositoryPaths.Root, "tests", "SurveySchema.IntegrationTests", "Convergence", "RandomSchemas", "fixed-seeds.txt");

    /// <exception cref="InvalidDataException">A line is not a CsCheck seed, or a seed is listed twice.</exception>
    public static IReadOnlyList<string> Read()
    {
        var seeds = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(FilePath))
        {
            number++;
            var seed = line.Split('#', 2)[0].Trim();
            if (seed.Length == 0)
            {
                continue;
            }

            try
            {
                PCG.Parse(seed);
            }
            catch (Exception exception)
            {
                throw new InvalidDataException($"{FilePath}({number}): '{seed}' is not a CsCheck seed: {exception.Message}", exception);
            }

            if (!seen.Add(seed))
            {
                throw new InvalidDataException($"{FilePath}({number}): '{seed}' is listed twice");
            }

            seeds.Add(seed);
        }

        return seeds;
    }

    /// <summary>The pair a seed stands for, exactly as CsCheck's <c>SampleAsync(seed: …)</c> draws it first.</summary>
    public static SchemaPair PairOf(string seed) => SchemaGenerator.Pairs.Generate(PCG.Parse(seed), null, out _);

    /// <summary>A seed nobody has run yet, for exploration.</summary>
    public static string Fresh() => new PCG((uint)Random.Shared.Next(), (ulong)Random.Shared.NextInt64()).ToString();
}

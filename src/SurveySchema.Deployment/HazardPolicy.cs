using SurveySchema.Planning;
using SurveySchema.Scripting;

namespace SurveySchema.Deployment;

/// <summary>Which hazards <c>deploy</c> lets through. By default the costly-but-safe kinds pass (an index build,
/// a validation scan, a short ACCESS EXCLUSIVE lock bounded by the plan's lock_timeout) and the kinds that lose
/// data or time refuse (DataLoss, TableRewrite, Irreversible): the operator names those explicitly with
/// <c>--allow-hazards</c>, which adds to the defaults.</summary>
public sealed record HazardPolicy(IReadOnlySet<string> Allowed)
{
    public static readonly IReadOnlyList<HazardKind> AllowedByDefault =
        [HazardKind.AccessExclusiveLock, HazardKind.IndexBuild, HazardKind.ValidationScan];

    /// <summary>What <see cref="Parse"/> takes: every hazard kind, and <c>all</c>.</summary>
    public static string KnownNames => string.Join(", ", Enum.GetNames<HazardKind>()) + ", all";

    /// <summary>The policy for a list of hazard kinds (comma-separated or repeated; <c>all</c> allows every kind);
    /// else the first name that is not a hazard kind (the caller words it with the option it came from).</summary>
    public static (HazardPolicy? Policy, string? Unknown) Parse(IEnumerable<string> values)
    {
        var allowed = new HashSet<string>(AllowedByDefault.Select(kind => kind.ToString()), StringComparer.OrdinalIgnoreCase);
        foreach (var name in values.SelectMany(value => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (name.Equals("all", StringComparison.OrdinalIgnoreCase))
            {
                allowed.UnionWith(Enum.GetNames<HazardKind>());
            }
            else if (Enum.TryParse<HazardKind>(name, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(name, out _))
            {
                allowed.Add(kind.ToString());
            }
            else
            {
                return (null, name);
            }
        }

        return (new HazardPolicy(allowed), null);
    }

    /// <summary>Every hazard of the plan this policy does not allow, with the step it belongs to.</summary>
    public IReadOnlyList<(PlanDocumentStep Step, PlanDocumentHazard Hazard)> Refused(PlanDocument plan) =>
        [.. plan.Segments.SelectMany(segment => segment.Steps)
            .SelectMany(step => step.Hazards.Select(hazard => (step, hazard)))
            .Where(pair => !Allowed.Contains(pair.hazard.Kind))];
}

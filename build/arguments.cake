// Every target refuses an argument it does not know (DESIGN.md, "Commands"). Cake itself ignores unknown
// arguments, so `--conection=…` (misspelt) would silently fall back to the revision chain and pass CI:
// a false green. Each target lists the arguments it reads; anything else ends the run with exit 1, naming the
// closest known argument.

// Arguments every target accepts: Cake's own target/configuration and what CommonCliArguments passes through.
var argumentsEveryTargetKnows = new[] { "target", "configuration", "project", "connection" };

var argumentsByTarget = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
{
    ["Setup"] = new string[0],
    ["Compile"] = new string[0],
    ["Build"] = new string[0],
    ["Test"] = new string[0],
    ["Explore"] = new[] { "pairs", "seed" },
    ["Diff"] = new string[0],
    ["Drift"] = new[] { "junit", "json", "annotations" },
    ["Approve"] = new[] { "approver", "accept-hazards" },
    ["Deploy"] = new[] { "approved", "plan", "allow-hazards", "no-rehearsal", "dev-connection" },
    ["Upgrade"] = new[] { "revision", "sql" },
    ["Downgrade"] = new[] { "revision", "sql" },
    ["Stamp"] = new[] { "revision" },
    ["Revision"] = new[] { "message", "autogenerate", "dev-connection" },
    ["Extract"] = new[] { "out", "force" },
};

// Ends the run (exit 1) when an argument is given that the target does not read.
void RefuseUnknownArguments(string target)
{
    if (!argumentsByTarget.TryGetValue(target, out var own))
        return; // Cake itself says "The target 'X' was not found."
    var known = argumentsEveryTargetKnows.Concat(own).ToList();
    foreach (var given in Context.Arguments.GetArguments().Keys)
    {
        if (known.Contains(given, StringComparer.OrdinalIgnoreCase))
            continue;
        var closest = known.Concat(argumentsByTarget.Values.SelectMany(names => names)).Distinct()
            .OrderBy(name => EditDistance(given.ToLowerInvariant(), name)).First();
        var owner = known.Contains(closest)
            ? ""
            : $" (a {string.Join("/", argumentsByTarget.Where(pair => pair.Value.Contains(closest)).Select(pair => pair.Key))} argument)";
        Error($"{target}: unknown argument --{given}; did you mean --{closest}{owner}?");
        Error($"  {target} knows: {string.Join(", ", known.Select(name => "--" + name))}");
        System.Environment.Exit(1);
    }
}

// Levenshtein distance: how many letters to insert, delete or change to turn one name into the other.
int EditDistance(string a, string b)
{
    var previous = Enumerable.Range(0, b.Length + 1).ToArray();
    for (var i = 1; i <= a.Length; i++)
    {
        var current = new int[b.Length + 1];
        current[0] = i;
        for (var j = 1; j <= b.Length; j++)
            current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        previous = current;
    }
    return previous[b.Length];
}

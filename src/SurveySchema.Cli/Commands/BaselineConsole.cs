using SurveySchema.Revisions;
using static SurveySchema.Cli.Commands.SummaryConsole;

namespace SurveySchema.Cli.Commands;

/// <summary>The <c>baseline:</c> lines of <c>drift</c>: the revision a database without history matches and the
/// <c>stamp</c> that adopts it, or the closest revision and what stands between it and the database.</summary>
internal static class BaselineConsole
{
    /// <summary>Differences listed under a closest revision; the rest are counted. A database far from every
    /// revision is not adopted by stamping, and a page of operations would hide the advice.</summary>
    private const int ListedDifferences = 20;

    /// <summary>Prints what <paramref name="search"/> found; <paramref name="alembicRevision"/> (the revision an
    /// Alembic <c>alembic_version</c> names, if any) is pointed out when the schema disagrees with it.</summary>
    public static void Print(SummaryConsole console, BaselineSearch search, Revision? alembicRevision)
    {
        if (search.Match is { } match)
        {
            console.Line($"[green]baseline:[/] the database matches revision {Escape(Name(match.Revision))} exactly: "
                + $"adopt it with `surveyschema stamp {Escape(match.Revision.Id)}`");
            var alike = search.Exact.Where(candidate => candidate != match).Select(candidate => candidate.Revision.Id).ToList();
            if (alike.Count > 0)
            {
                console.Line($"  so does {Escape(string.Join(", ", alike))}: the revisions after {(alike.Count == 1 ? "it" : "them")} change "
                    + $"no schema, and stamping {Escape(match.Revision.Id)} records them as applied without running them");
            }

            PrintAlembicDisagreement(console, alembicRevision, match.Revision, "matches");
            return;
        }

        if (search.Closest is not { } closest)
        {
            return;
        }

        var id = Escape(closest.Revision.Id);
        var count = closest.Differences.Count;
        if (count == 0)
        {
            // The differ leaves alone what no script should change (column order needs a table rebuild), while the
            // fingerprint covers the whole canonical model: same schema for every script, not the same catalog.
            var why = closest.Remarks.IsEmpty
                ? $"fingerprint {search.TargetFingerprint}, revision's {closest.Fingerprint}"
                : string.Join("; ", closest.Remarks);
            console.Line($"[yellow]baseline:[/] the database matches revision {Escape(Name(closest.Revision))} except for what `diff` "
                + $"leaves alone ({Escape(why)}): adopt it with `surveyschema stamp {id}`");
            PrintAlembicDisagreement(console, alembicRevision, closest.Revision, "matches");
            return;
        }

        console.Line($"[yellow]baseline:[/] no revision matches the database exactly; closest: {id} ({Escape(closest.Revision.Description)}), "
            + $"{count} difference{(count == 1 ? "" : "s")}");
        console.Line($"  to adopt it, make the database match {id} (below), then `surveyschema stamp {id}`; or stamp {id} and leave "
            + "the differences to `drift`; or `surveyschema stamp base` if its tables are not the chain's");
        console.Line($"  what turns the database into {id}:");
        foreach (var group in closest.Differences.Take(ListedDifferences).GroupBy(operation => operation.Subject))
        {
            console.Line($"    {Escape(group.Key)}");
            foreach (var operation in group)
            {
                console.Line($"      - {Escape(operation.Describe().ReplaceLineEndings(" "))}");
            }
        }

        if (count > ListedDifferences)
        {
            console.Line($"    … and {count - ListedDifferences} more");
        }

        PrintAlembicDisagreement(console, alembicRevision, closest.Revision, "is closest to");
    }

    /// <summary>"0001 (initial schema)".</summary>
    private static string Name(Revision revision) => $"{revision.Id} ({revision.Description})";

    private static void PrintAlembicDisagreement(SummaryConsole console, Revision? alembicRevision, Revision found, string relation)
    {
        if (alembicRevision is not null && alembicRevision.Id != found.Id)
        {
            console.Line($"  note: Alembic's version table says {Escape(alembicRevision.Id)}, but the schema {relation} "
                + $"{Escape(found.Id)}: trust the schema, the version table may have been left behind");
        }
    }
}

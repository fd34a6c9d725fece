using System.Globalization;
using System.Text;
using SurveySchema.Benchmarks.Measuring;
using SurveySchema.Benchmarks.Suites;

namespace SurveySchema.Benchmarks.Reporting;

/// <summary>The sections of docs/benchmarks.md about whole processes: the end-to-end suite and the online deploy.</summary>
internal static class EndToEndReport
{
    private const double InspectAim = 0.5;
    private const double DiffWarmAim = 1.0;
    private const long DiffWarmMemoryAim = 200L * 1024 * 1024;
    private const double DiffColdAim = 0.6;
    private const double WriteAimMilliseconds = 1000;

    /// <summary>Each suite's section is bracketed on its own, so that a run of some of these suites replaces only
    /// their sections in an existing page (<see cref="Splice"/>) and keeps the others' figures and the in-process ones.</summary>
    public static readonly PageSection EndToEndSection = new("e2e", "<!-- end-to-end suite: begin -->", "<!-- end-to-end suite: end -->");
    public static readonly PageSection OnlineSection = new("online", "<!-- online deploy suite: begin -->", "<!-- online deploy suite: end -->");

    /// <summary>The one bracket both suites shared before (pages written until 2026-12-02): split on first splice.</summary>
    private const string LegacyBegin = "<!-- whole-process suites: begin -->";
    private const string LegacyEnd = "<!-- whole-process suites: end -->";

    /// <summary><paramref name="page"/> with the sections of the suites that ran replaced by those of
    /// <paramref name="results"/>; a section the page lacks goes before "## Reproduce" (or at the end).</summary>
    public static string Splice(string page, BenchmarkResults results)
    {
        page = SplitLegacy(page);
        foreach (var section in new[] { EndToEndSection, OnlineSection })
        {
            if (results.Arguments.Suites.Contains(section.Suite))
            {
                page = section.Replace(page, Rendered(section, results));
            }
        }

        return page;
    }

    public static void Render(StringBuilder md, BenchmarkResults results) =>
        md.Append(Rendered(EndToEndSection, results)).Append(Rendered(OnlineSection, results));

    /// <summary>One suite's bracketed section: its run line (when, load) and its tables; just the brackets when it did not run.</summary>
    private static string Rendered(PageSection section, BenchmarkResults results)
    {
        var md = new StringBuilder();
        md.Append(section.Begin).Append("\n\n");
        if (section == EndToEndSection && results.EndToEnd.Count > 0)
        {
            RunLine(md, results, "Whole-process suite");
            EndToEnd(md, results);
        }
        else if (section == OnlineSection && results.Online is not null)
        {
            RunLine(md, results, "Online deploy");
            Online(md, results.Online);
        }

        // Program names an online failure "online deploy: …", an end-to-end one "end to end, N tables: …".
        var failures = results.Failures
            .Where(f => f.StartsWith("online deploy:", StringComparison.Ordinal) == (section == OnlineSection))
            .ToList();
        if (failures.Count > 0)
        {
            md.Append("Failed in this run (left out of the tables above):\n\n");
            foreach (var failure in failures)
            {
                md.Append("- ").Append(failure).Append('\n');
            }

            md.Append('\n');
        }

        md.Append(section.End).Append("\n\n");
        return md.ToString();
    }

    /// <summary>A page with the old shared bracket becomes one with a bracket per suite: the online deploy's part
    /// starts at its run line ("*Online deploy run") or, without one, at its heading.</summary>
    private static string SplitLegacy(string page)
    {
        var begin = page.IndexOf(LegacyBegin, StringComparison.Ordinal);
        var end = page.IndexOf(LegacyEnd, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            return page;
        }

        var inner = page[(begin + LegacyBegin.Length)..end].Trim('\n');
        var online = inner.IndexOf("*Online deploy run", StringComparison.Ordinal);
        if (online < 0)
        {
            online = inner.IndexOf("## Online deploy under write load", StringComparison.Ordinal);
        }

        var (endToEnd, onlinePart) = online < 0 ? (inner, "") : (inner[..online].TrimEnd('\n'), inner[online..]);
        string Bracket(PageSection section, string text) =>
            section.Begin + "\n\n" + (text.Length > 0 ? text + "\n\n" : "") + section.End + "\n\n";
        return page[..begin] + Bracket(EndToEndSection, endToEnd) + Bracket(OnlineSection, onlinePart)
            + page[(end + LegacyEnd.Length)..].TrimStart('\n');
    }

    /// <summary>When and under what load the suite ran: a spliced page's sections may come from different runs.</summary>
    private static void RunLine(StringBuilder md, BenchmarkResults results, string what)
    {
        md.Append($"*{what} run {results.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}, ")
          .Append($"{Format.Seconds(results.Duration)}");
        if (results.Load is { } load)
        {
            md.Append($", load average (1 min) mean {Format.Number(load.Mean, "0.0")}, highest {Format.Number(load.Max, "0.0")} on ")
              .Append($"{results.Machine.Processors} processors{(load.Mean > results.Machine.Processors ? ": the machine was shared with other work, so wall times are inflated and noisy" : string.Empty)}");
        }

        md.Append($"; `surveyschema` published in Release for this machine (self-contained, trimmed, composite ReadyToRun).*\n\n");
    }

    private static void EndToEnd(StringBuilder md, BenchmarkResults results)
    {
        var rows = results.EndToEnd;
        if (rows.Count == 0)
        {
            return;
        }

        md.Append("## Whole processes, side by side\n\n");
        md.Append("What a user waits for: every figure is one new process, from its start to its exit (the .NET runtime's start, ")
          .Append("JIT compilation, connecting, reading, writing files), on the same database. Medians of ")
          .Append($"{results.Arguments.Repetitions.ToString(CultureInfo.InvariantCulture)} runs after a first one kept apart; the cold diff and the peer's ")
          .Append("load have no first run (each run is cold), the peer's diff has one. Peak memory is the process's own maximum resident ")
          .Append("set (GNU time's `%M`); the server's is not included.\n\n");
        md.Append("- **live database**: the generated schema loaded 200 statements per transaction, then about 1 % of its tables changed ")
          .Append("with ALTER statements (the diff benchmark's changes), then `VACUUM (ANALYZE)`; its sessions have `jit = on`, a stock ")
          .Append("server's default (the embedded cluster turns JIT off for the tests).\n")
          .Append("- **pg_dump**: `pg_dump --schema-only --file …` over TCP. **inspect**: `surveyschema inspect --connection …` (counts and ")
          .Append("fingerprint) of a database whose catalogs have not changed since the last inspect, so the catalog cache answers (the ")
          .Append("catalogs' version is read, not their contents); **inspect after a change**: the same right after a `COMMENT ON SCHEMA` ")
          .Append("(not timed), so the catalogs are read and the cache entry written; **inspect --out**: the catalogs read (the cache keeps ")
          .Append("counts and fingerprints, not models) and the model file written.\n")
          .Append("- **diff warm**: `surveyschema diff --project <generated files> --connection … --out …` after a build of the same files, ")
          .Append("so the project's model comes from the model cache. **diff cold**: the same with `--no-cache`: parse, shadow build on ")
          .Append("`--dev-connection` (the same embedded server, so no cluster is started), read back, plan, write.\n")
          .Append("- **peer**: ")
          .Append(results.Arguments.Peer is null
              ? "none ran (give `--peer`; bench/run.sh installs `@pgkit/migra`, migra's TypeScript port, from npm when npm is there).\n"
              : "`migra run --unsafe <live> <desired>` of `@pgkit/migra` (npm), which diffs two live databases; its **load** is what it needs first: "
                + "`CREATE DATABASE … TEMPLATE template0` and `psql -f` of the desired schema, statement by statement.\n");
        md.Append('\n');
        md.Append("| tables | pg_dump | inspect | inspect / pg_dump | inspect after a change | after a change / pg_dump | inspect --out | diff warm | diff warm / pg_dump | diff cold | peer load | peer diff | diff cold / (peer load + diff) | model file | script |\n");
        md.Append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var r in rows)
        {
            md.Append($"| {Format.Count(r.Tables)} | {Cell(r.PgDump)} | {Cell(r.Inspect)} | **{Format.Ratio(r.InspectRatio)}** ")
              .Append($"| {Cell(r.InspectChanged)} | {Format.Ratio(r.InspectChangedRatio)} | {Cell(r.InspectOut)} ")
              .Append($"| {Cell(r.DiffWarm)} | **{Format.Ratio(r.DiffWarmRatio)}** | {Cell(r.DiffCold)} | {Cell(r.PeerLoad)} | {Cell(r.PeerDiff)} ")
              .Append($"| {(r.DiffColdToPeer is { } ratio ? $"**{Format.Ratio(ratio)}**" : "–")} | {Format.Size(r.ModelBytes)} | {Format.Size(r.ScriptBytes)} |\n");
        }

        md.Append("\nEach cell: median wall time, then the highest peak resident memory of any run.\n\n");
        md.Append("Goals (issue 12), in this run:\n\n");
        foreach (var r in rows)
        {
            md.Append($"- {Format.Count(r.Tables)} tables: inspect ≤ {Format.Ratio(InspectAim)}× pg_dump: {Verdict(r.InspectRatio <= InspectAim)} ({Format.Ratio(r.InspectRatio)}×; ")
              .Append($"after a change, when the catalogs are read: {Verdict(r.InspectChangedRatio <= InspectAim)}, {Format.Ratio(r.InspectChangedRatio)}×)");
            if (r.Tables == rows.Max(x => x.Tables))
            {
                md.Append($"; diff of an unchanged project ≤ {Format.Ratio(DiffWarmAim)}× pg_dump: {Verdict(r.DiffWarmRatio <= DiffWarmAim)} ({Format.Ratio(r.DiffWarmRatio)}×)")
                  .Append($", peak memory ≤ {Format.Megabytes(DiffWarmMemoryAim)}: {Verdict(r.DiffWarm.PeakBytes <= DiffWarmMemoryAim)} ({Format.Megabytes(r.DiffWarm.PeakBytes)})");
                if (r.DiffColdToPeer is { } cold)
                {
                    md.Append($"; cold diff ≤ {Format.Ratio(DiffColdAim)}× (peer load + peer diff): {Verdict(cold <= DiffColdAim)} ({Format.Ratio(cold)}×)");
                }
            }

            md.Append(".\n");
        }

        md.Append('\n');
        Stages(md, rows.MaxBy(r => r.Tables)!);
    }

    /// <summary>Where the time of the largest size went: the CLI's own stage trace of one more run of each command
    /// (wall time per stage, nested stages indented; allocations and the heap after each stage; the process's peak).</summary>
    private static void Stages(StringBuilder md, EndToEndResult largest)
    {
        if (largest.Stages.Count == 0)
        {
            return;
        }

        md.Append($"### Where the time goes at {Format.Count(largest.Tables)} tables\n\n");
        md.Append("One more run of each command with `SURVEYSCHEMA_TRACE=timings` (see the README), after the measured runs: ")
          .Append("each stage's wall time, what it allocated and the GC heap after it; stages that run side by side overlap.\n\n");
        foreach (var (command, lines) in largest.Stages)
        {
            md.Append($"`{command}`:\n\n```text\n").AppendJoin('\n', lines).Append("\n```\n\n");
        }
    }

    private static void Online(StringBuilder md, OnlineDeployResult? online)
    {
        if (online is null)
        {
            return;
        }

        md.Append("## Online deploy under write load\n\n");
        md.Append($"The project's own `schema/` brought up with `surveyschema upgrade`, {Format.Count(online.Rows)} rows inserted into `survey_points` ")
          .Append($"(one project, `VACUUM (ANALYZE)`; {Format.Seconds(online.Seed)}). The desired project changes `survey_points` as a release would: a new ")
          .Append("nullable column, a btree index, a check over existing rows and `elevation` made NOT NULL. `surveyschema diff --json` plans it ")
          .Append("(online-safe forms, the default) and `surveyschema deploy --plan` applies it (rehearsal included) while pgbench inserts into ")
          .Append($"`survey_points` at a steady {online.Rate.ToString(CultureInfo.InvariantCulture)} writes per second from {online.Clients.ToString(CultureInfo.InvariantCulture)} ")
          .Append("connections (`--rate`, one INSERT per transaction, in slices of 5 s until the deploy has exited; each slice waits for its ")
          .Append("last writes, so a blocked write counts with its whole latency). Latencies come from pgbench's per-transaction log; ")
          .Append("\"with the deploy\" counts every write that overlapped the deploy process.\n\n");
        md.Append("The plan's statements:\n\n```sql\n").AppendJoin('\n', online.Steps).Append("\n```\n\n");
        md.Append("| window | writes | median | p99 | longest |\n| --- | ---: | ---: | ---: | ---: |\n");
        Row(md, "no deploy", online.Baseline);
        Row(md, $"with the deploy ({Format.Seconds(online.Deploy)})", online.During);
        md.Append($"\nGoal: every write under {WriteAimMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms during the deploy: ")
          .Append($"**{Verdict(online.During.Writes > 0 && online.During.Max < WriteAimMilliseconds)}** (longest {Milliseconds(online.During.Max)}).\n\n");
    }

    private static void Row(StringBuilder md, string window, WriteLatencies latencies) =>
        md.Append($"| {window} | {Format.Count(latencies.Writes)} | {Milliseconds(latencies.P50)} | {Milliseconds(latencies.P99)} | {Milliseconds(latencies.Max)} |\n");

    private static string Milliseconds(double value) => value.ToString(value < 10 ? "0.00" : "0", CultureInfo.InvariantCulture) + " ms";

    private static string Cell(Measurement? measurement) =>
        measurement is null ? "–" : $"{Format.Seconds(measurement.Median)}, {Format.Megabytes(measurement.PeakBytes)}";

    private static string Verdict(bool met) => met ? "met" : "missed";
}

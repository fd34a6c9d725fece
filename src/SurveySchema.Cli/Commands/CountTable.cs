using System.Globalization;

namespace SurveySchema.Cli.Commands;

/// <summary><c>inspect</c>'s count per object kind, as a two-column text table: the layout Spectre.Console's table
/// with a simple border gave (a blank line, the header, a rule, a row per kind with the counts right-aligned, a
/// blank line), written directly.</summary>
/// <remarks>The table is the only thing <c>inspect</c> used Spectre for, and loading and compiling its layout engine
/// for one small table cost 120-420 ms of a 5 000-table inspect's start (issue 12). The output is the same text,
/// proven against Spectre by the unit tests.</remarks>
internal static class CountTable
{
    private const string KindHeader = "object";
    private const string CountHeader = "count";

    public static void Write(TextWriter output, IReadOnlyList<(string Kind, int Count)> counts)
    {
        var rows = counts.Select(c => (c.Kind, Count: c.Count.ToString(CultureInfo.InvariantCulture))).ToList();
        var kindWidth = rows.Select(r => r.Kind.Length).Append(KindHeader.Length).Max();
        var countWidth = rows.Select(r => r.Count.Length).Append(CountHeader.Length).Max();

        // A blank edge, a cell padded by one space on either side, a blank separator, the other cell, a blank edge.
        var width = 1 + (1 + kindWidth + 1) + 1 + (1 + countWidth + 1) + 1;
        output.WriteLine(new string(' ', width));
        output.WriteLine(Row(KindHeader, CountHeader, kindWidth, countWidth));
        output.WriteLine(new string('─', width));
        foreach (var (kind, count) in rows)
        {
            output.WriteLine(Row(kind, count, kindWidth, countWidth));
        }

        output.WriteLine(new string(' ', width));
    }

    private static string Row(string kind, string count, int kindWidth, int countWidth) =>
        $"  {kind.PadRight(kindWidth)}   {count.PadLeft(countWidth)}  ";
}

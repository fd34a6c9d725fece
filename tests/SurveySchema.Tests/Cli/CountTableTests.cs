using Spectre.Console;
using SurveySchema.Cli.Commands;

namespace SurveySchema.Tests.Cli;

/// <summary><c>inspect</c>'s count table is written without Spectre.Console, as the very text Spectre's table with a
/// simple border wrote (README shows it): the same lines for short and long counts and kinds.</summary>
[TestFixture]
public sealed class CountTableTests
{
    private static readonly (string Kind, int Count)[] Small = [("schemas", 1), ("tables", 10), ("materialized views", 0), ("comments", 71746)];

    private static readonly (string Kind, int Count)[] Wide = [("tables", 5000), ("columns", 1234567), ("a kind with a long name", 3)];

    private static readonly (string Kind, int Count)[] Narrow = [("a", 1), ("b", 22)];

    [TestCaseSource(nameof(Tables))]
    public void The_table_is_the_text_spectre_wrote((string Kind, int Count)[] counts)
    {
        using var written = new StringWriter();
        CountTable.Write(written, counts);

        Assert.That(written.ToString(), Is.EqualTo(Spectre(counts)));
    }

    private static IEnumerable<TestCaseData> Tables()
    {
        yield return new TestCaseData((object)Small).SetArgDisplayNames("small");
        yield return new TestCaseData((object)Wide).SetArgDisplayNames("counts wider than the header");
        yield return new TestCaseData((object)Narrow).SetArgDisplayNames("kinds narrower than the header");
    }

    /// <summary>How InspectCommand wrote the table before.</summary>
    private static string Spectre((string Kind, int Count)[] counts)
    {
        using var output = new StringWriter();
        var table = new Table().Border(TableBorder.Simple).AddColumn("object").AddColumn(new TableColumn("count").RightAligned());
        foreach (var (kind, count) in counts)
        {
            table.AddRow(kind, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Write(table);
        return output.ToString();
    }
}

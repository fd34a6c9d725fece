namespace SurveySchema.Benchmarks.Reporting;

/// <summary>A part of docs/benchmarks.md that one suite owns, between two HTML comments.</summary>
internal sealed record PageSection(string Suite, string Begin, string End)
{
    /// <summary><paramref name="page"/> with this section's text (brackets included) replaced by <paramref name="rendered"/>;
    /// inserted before "## Reproduce", or at the end, when the page does not have the section yet.</summary>
    public string Replace(string page, string rendered)
    {
        var begin = page.IndexOf(Begin, StringComparison.Ordinal);
        var end = page.IndexOf(End, StringComparison.Ordinal);
        if (begin >= 0 && end > begin)
        {
            return page[..begin] + rendered + page[(end + End.Length)..].TrimStart('\n');
        }

        var reproduce = page.IndexOf("## Reproduce", StringComparison.Ordinal);
        return reproduce < 0 ? page + "\n" + rendered : page[..reproduce] + rendered + page[reproduce..];
    }
}

using Spectre.Console;

namespace SurveySchema.Cli.Commands;

/// <summary>Summary lines on a command's output: Spectre markup in colour on a terminal, plain text when the
/// output goes to a file, a pipe, CI's log or a test (and whenever <c>NO_COLOR</c> is set). Plain lines are
/// written as they are, never wrapped at a console width, so paths and fingerprints stay whole.</summary>
internal sealed class SummaryConsole
{
    private readonly TextWriter output;
    private readonly IAnsiConsole? colour;

    public SummaryConsole(TextWriter output)
    {
        this.output = output;
        var terminal = !Console.IsOutputRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
            && ReferenceEquals(output, Console.Out);
        colour = terminal
            ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Interactive = InteractionSupport.No })
            : null;
    }

    /// <summary>Writes a line of markup; every value in it must have gone through <see cref="Escape"/>.</summary>
    public void Line(string markup)
    {
        if (colour is not null)
        {
            colour.MarkupLine(markup);
        }
        else
        {
            output.WriteLine(Markup.Remove(markup));
        }
    }

    public static string Escape(object? value) => Markup.Escape(value?.ToString() ?? "");
}

using System.Text;
using Spectre.Console;

namespace SurveySchema.Cli.Progress;

/// <summary>A writer whose lines go through a Spectre console while its live display runs, so they appear above
/// the bar instead of being drawn over by it. Text, never markup: a bracket in a path stays a bracket.</summary>
internal sealed class ConsoleLineWriter(IAnsiConsole console) : TextWriter
{
    private readonly StringBuilder pending = new();
    private readonly Lock gate = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (gate)
        {
            if (value == '\n')
            {
                var line = pending.ToString().TrimEnd('\r');
                pending.Clear();
                console.Write(new Text(line + "\n"));
            }
            else
            {
                pending.Append(value);
            }
        }
    }

    public override void Write(string? value)
    {
        foreach (var character in value ?? string.Empty)
        {
            Write(character);
        }
    }

    public override void WriteLine(string? value) => Write((value ?? string.Empty) + "\n");

    public override void WriteLine() => Write('\n');

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    protected override void Dispose(bool disposing)
    {
        lock (gate)
        {
            if (disposing && pending.Length > 0)
            {
                console.Write(new Text(pending + "\n"));
                pending.Clear();
            }
        }

        base.Dispose(disposing);
    }
}

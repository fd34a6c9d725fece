namespace SurveySchema.Cli.Progress;

/// <summary>How long work shows its progress.</summary>
internal enum ProgressMode
{
    /// <summary>Not at all (<c>SURVEYSCHEMA_PROGRESS=off</c>).</summary>
    Off,

    /// <summary>Timestamped lines on the error stream (<see cref="PlainProgress"/>).</summary>
    Plain,

    /// <summary>A Spectre.Console progress bar redrawn in place (<see cref="LiveProgress"/>).</summary>
    Live,
}

/// <summary>Chooses the <see cref="ProgressMode"/>. Pure: the console's facts are read by the caller.</summary>
internal static class ProgressModes
{
    public const string Variable = "SURVEYSCHEMA_PROGRESS";

    /// <param name="setting">The value of <see cref="Variable"/>: <c>off</c>, <c>plain</c>, <c>live</c>; anything
    /// else (or unset) chooses by the console.</param>
    /// <param name="outputIsTerminal">Standard output is a terminal (not a file, pipe or captured writer).</param>
    /// <param name="errorIsTerminal">Standard error is a terminal.</param>
    /// <param name="ci">A CI system runs us (<c>CI</c>, <c>TF_BUILD</c>, <c>GITHUB_ACTIONS</c> set): its log keeps
    /// lines, not redraws, even when it offers a pseudo-terminal.</param>
    /// <param name="dumbTerminal"><c>TERM=dumb</c>: no cursor movement.</param>
    public static ProgressMode Choose(string? setting, bool outputIsTerminal, bool errorIsTerminal, bool ci, bool dumbTerminal)
    {
        switch (setting?.Trim().ToLowerInvariant())
        {
            case "off" or "none" or "0" or "false":
                return ProgressMode.Off;
            case "plain" or "lines":
                return ProgressMode.Plain;
            case "live":
                return ProgressMode.Live;
        }

        // Live only when both streams are the terminal: the bar redraws on the error stream, and lines the
        // command prints meanwhile go through it so that neither overwrites the other.
        return outputIsTerminal && errorIsTerminal && !ci && !dumbTerminal ? ProgressMode.Live : ProgressMode.Plain;
    }
}

using System.Diagnostics;

namespace SurveySchema.Model;

/// <summary>Where the stages of a command (reading the cache, reading the catalogs, settling spelling, planning…)
/// announce themselves, as .NET activities: nothing is measured or printed unless a listener asks (the CLI's
/// <c>SURVEYSCHEMA_TRACE=timings</c>), so a stage costs one null check when nobody listens.</summary>
/// <remarks>One source for every library, so that a listener sees the whole command as one tree: activities
/// nest through <see cref="Activity.Current"/>, which follows async calls and tasks started inside a stage.</remarks>
public static class StageTrace
{
    /// <summary>The name a listener subscribes to.</summary>
    public const string SourceName = "SurveySchema";

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>Starts the stage <paramref name="name"/> (dotted, e.g. <c>respell.round-trip</c>); dispose to end it.
    /// Null when nobody listens.</summary>
    public static Activity? Start(string name) => Source.StartActivity(name);
}

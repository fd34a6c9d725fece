using System.Globalization;

namespace SurveySchema.Benchmarks.Measuring;

/// <summary>How numbers appear in the log and in docs/benchmarks.md (invariant culture, fixed units).</summary>
internal static class Format
{
    public static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds switch
    {
        < 0.01 => elapsed.TotalMilliseconds.ToString("0.00' ms'", CultureInfo.InvariantCulture),
        < 1 => elapsed.TotalMilliseconds.ToString("0' ms'", CultureInfo.InvariantCulture),
        _ => elapsed.TotalSeconds.ToString("0.00' s'", CultureInfo.InvariantCulture),
    };

    public static string Megabytes(long? bytes) =>
        bytes is { } value ? (value / 1024.0 / 1024.0).ToString("0' MB'", CultureInfo.InvariantCulture) : "–";

    /// <summary>A file or text size: KB below one megabyte.</summary>
    public static string Size(long bytes) => bytes < 1024 * 1024
        ? (bytes / 1024.0).ToString("0.0' KB'", CultureInfo.InvariantCulture)
        : (bytes / 1024.0 / 1024.0).ToString("0.0' MB'", CultureInfo.InvariantCulture);

    public static string Ratio(double ratio) => ratio.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Count(long count) => count.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ');

    public static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}

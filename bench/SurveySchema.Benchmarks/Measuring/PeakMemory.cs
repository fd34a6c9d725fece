using System.Globalization;

namespace SurveySchema.Benchmarks.Measuring;

/// <summary>The process's peak resident set (Linux <c>VmHWM</c>), resettable between measurements so that each
/// one reports its own peak rather than the highest of the whole run.</summary>
/// <remarks>Writing 5 to <c>/proc/self/clear_refs</c> resets the high-water mark to the current RSS
/// (Linux 4.0+, see proc(5)). Where that is not possible, <see cref="Reset"/> is a no-op and the peak is the
/// process's since start, which <see cref="IsResettable"/> lets the report say.</remarks>
internal static class PeakMemory
{
    private const string ClearRefs = "/proc/self/clear_refs";
    private const string Status = "/proc/self/status";

    public static bool IsResettable { get; private set; } = File.Exists(ClearRefs);

    public static void Reset()
    {
        if (!IsResettable)
        {
            return;
        }

        try
        {
            File.WriteAllText(ClearRefs, "5");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            IsResettable = false;
        }
    }

    /// <summary>Peak resident bytes since the last <see cref="Reset"/>; the runtime's own figure where
    /// <c>/proc</c> is missing.</summary>
    public static long ReadPeakBytes()
    {
        if (File.Exists(Status))
        {
            foreach (var line in File.ReadLines(Status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }

        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}

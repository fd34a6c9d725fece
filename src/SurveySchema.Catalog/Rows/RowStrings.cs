using System.Collections.Concurrent;

namespace SurveySchema.Catalog.Rows;

/// <summary>One instance per distinct text among the rows one catalog read fills: the rows' repeated texts (type
/// names, schema names, column names, one-letter codes, common defaults) are set through <see cref="Pooled(string)"/>,
/// which hands back the instance an earlier row set, so the copy Npgsql just read is dropped at once.</summary>
/// <remarks>
/// <para>At 5 000 tables the rows hold about 750 000 strings, most of them copies (every uuid column names
/// <c>pg_catalog</c> and <c>uuid</c> twice), and they live until the model is built, which is when a read's memory
/// peaks: copies that survive that long are moved by the collector twice on the way to its oldest generation, and
/// the model keeps them. Pooled, the copies die where they were made.</para>
/// <para>Dapper fills the rows through their setters, so the pool cannot be handed to them: the read opens it for its
/// asynchronous flow (<see cref="Open"/>), which the queries' continuations inherit, on every connection of the read.
/// Outside a read (a row made by hand) a setter keeps its value as it is.</para>
/// </remarks>
internal sealed class RowStrings
{
    private static readonly AsyncLocal<RowStrings?> Current = new();

    // The read's connections fill rows at the same time.
    private readonly ConcurrentDictionary<string, string> strings = new(StringComparer.Ordinal);

    private RowStrings()
    {
    }

    /// <summary>Pools the strings of the rows read from here on in this flow (and the tasks it starts), until the
    /// returned scope is disposed; the pool goes with the scope.</summary>
    public static IDisposable Open()
    {
        var scope = new Scope(Current.Value);
        Current.Value = new RowStrings();
        return scope;
    }

    public static string Pooled(string value) =>
        Current.Value is { } pool ? pool.strings.GetOrAdd(value, value) : value;

    public static string? PooledOrNull(string? value) => value is null ? null : Pooled(value);

    /// <summary>The array with each element pooled, in place (Dapper hands every row an array of its own).</summary>
    public static string[] Pooled(string[] values)
    {
        if (Current.Value is { } pool)
        {
            for (var i = 0; i < values.Length; i++)
            {
                // text[] may hold NULLs.
                if (values[i] is { } value)
                {
                    values[i] = pool.strings.GetOrAdd(value, value);
                }
            }
        }

        return values;
    }

    private sealed class Scope(RowStrings? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}

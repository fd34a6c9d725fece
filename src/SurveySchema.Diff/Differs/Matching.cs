namespace SurveySchema.Diff.Differs;

/// <summary>Pairs the items of two collections by identity.</summary>
internal static class Matching
{
    /// <summary>Items only in <paramref name="current"/> (to drop), only in <paramref name="desired"/> (to create),
    /// and pairs in both, each in the order of its source collection.</summary>
    public static (List<T> Dropped, List<T> Created, List<(T Current, T Desired)> Both) Match<T, TKey>(
        IEnumerable<T> current, IEnumerable<T> desired, Func<T, TKey> key)
        where TKey : notnull
    {
        var currentByKey = new Dictionary<TKey, T>();
        foreach (var item in current)
        {
            currentByKey.TryAdd(key(item), item);
        }

        var desiredKeys = new HashSet<TKey>();
        var created = new List<T>();
        var both = new List<(T, T)>();
        foreach (var item in desired)
        {
            desiredKeys.Add(key(item));
            if (currentByKey.TryGetValue(key(item), out var existing))
            {
                both.Add((existing, item));
            }
            else
            {
                created.Add(item);
            }
        }

        var dropped = currentByKey.Where(p => !desiredKeys.Contains(p.Key)).Select(p => p.Value).ToList();
        return (dropped, created, both);
    }
}

using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace SurveySchema.Model;

/// <summary>An immutable array with value equality: two arrays are equal when they hold equal elements
/// in the same order.</summary>
/// <remarks>
/// <see cref="ImmutableArray{T}"/> compares by reference, so a record holding one would make
/// <c>tableA == tableB</c> false for identical tables. The model's records hold this wrapper instead,
/// which makes their compiler-generated equality structural all the way down. The default value
/// behaves as an empty array, so a record property that is never set reads as <c>[]</c>.
/// </remarks>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> items;

    public EquatableArray(ImmutableArray<T> items) => this.items = items;

    public static EquatableArray<T> Empty => default;

    /// <summary>The elements; never a default (uninitialised) array.</summary>
    public ImmutableArray<T> Items => items.IsDefault ? [] : items;

    public int Count => items.IsDefault ? 0 : items.Length;

    public bool IsEmpty => Count == 0;

    public T this[int index] => Items[index];

    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);

    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    public bool Equals(EquatableArray<T> other) =>
        Items.AsSpan().SequenceEqual(other.Items.AsSpan(), EqualityComparer<T>.Default);

    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

    /// <summary>Elements in brackets, so a record's generated <c>ToString</c> shows them.</summary>
    public override string ToString() => "[" + string.Join(", ", Items) + "]";
}

/// <summary>Factory methods for <see cref="EquatableArray{T}"/> (also used by collection expressions).</summary>
public static class EquatableArray
{
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));

    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) => new([.. items]);
}

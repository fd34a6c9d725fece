using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SurveySchema.Model;

/// <summary>A type's JSON metadata as a set of options resolves it: every serialiser options object of the tool
/// names a generated context as its resolver, and the serialiser calls that take this metadata, unlike those that
/// take the options, need no reflection, so the trimmed, published build serialises exactly as the tests do.</summary>
public static class JsonTypeInfoOf
{
    /// <exception cref="NotSupportedException">The options' resolver does not know <typeparamref name="T"/>.</exception>
    public static JsonTypeInfo<T> For<T>(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
    }
}

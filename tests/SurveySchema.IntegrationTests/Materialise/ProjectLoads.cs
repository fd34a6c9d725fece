using System.Collections.Concurrent;
using SurveySchema.Parsing;

namespace SurveySchema.IntegrationTests.Materialise;

/// <summary>Records the folders <see cref="SchemaProject.Load"/> is called for while it is alive: the proof that a
/// cache hit parsed nothing. Tests of other fixtures may load their own folders at the same time, so a test
/// asks about its own folder only.</summary>
internal sealed class ProjectLoads : IDisposable
{
    private readonly ConcurrentQueue<string> directories = new();

    public ProjectLoads() => SchemaProject.Loading += directories.Enqueue;

    public int Of(string projectDirectory) => directories.Count(d => d == projectDirectory);

    public void Dispose() => SchemaProject.Loading -= directories.Enqueue;
}

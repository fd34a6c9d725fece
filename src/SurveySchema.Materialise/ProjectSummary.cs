using System.Collections.Immutable;
using SurveySchema.Parsing;
using SurveySchema.Parsing.Diagnostics;

namespace SurveySchema.Materialise;

/// <summary>What building a project reports besides its model: kept with the cached model, so that a cache
/// hit, which reads no SQL, still reports what the parse of the same files said.</summary>
/// <param name="Directory">The project folder as given; the diagnostics' paths start with it.</param>
/// <param name="Files">How many <c>*.sql</c> files the project has.</param>
/// <param name="Statements">How many statements they declare.</param>
/// <param name="Diagnostics">The parse's diagnostics: warnings only once a model was built.</param>
public sealed record ProjectSummary(string Directory, int Files, int Statements, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Where each object the project creates is declared (<see cref="ObjectDeclaration.Of"/>): kept with
    /// the model so that drift can name the file and line of a difference on a cache hit too.</summary>
    public ImmutableArray<ObjectDeclaration> Declarations { get; init; } = [];

    public static ProjectSummary Of(SchemaProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return new ProjectSummary(project.Directory, project.Files.Length, project.Statements.Length, project.Diagnostics)
        {
            Declarations = [.. ObjectDeclaration.Of(project.Statements)],
        };
    }
}

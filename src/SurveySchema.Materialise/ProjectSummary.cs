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
    /// <summary>Set only by <c>init</c> and <see cref="WithDeclarationsReadBy"/>; a field so that a cache hit can
    /// defer reading the declarations to the first command that asks.</summary>
    private Lazy<ImmutableArray<ObjectDeclaration>> declarations = new(ImmutableArray<ObjectDeclaration>.Empty);

    /// <summary>Where each object the project creates is declared (<see cref="ObjectDeclaration.Of"/>): kept with
    /// the model so that drift can name the file and line of a difference on a cache hit too.</summary>
    /// <remarks>On a cache hit they are read from the entry when first asked for: only drift uses them, and at
    /// 5 000 tables they are 89 000 entries that a diff would read for nothing.</remarks>
    public ImmutableArray<ObjectDeclaration> Declarations
    {
        get => declarations.Value;
        init => declarations = new(value);
    }

    public static ProjectSummary Of(SchemaProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return new ProjectSummary(project.Directory, project.Files.Length, project.Statements.Length, project.Diagnostics)
        {
            Declarations = [.. ObjectDeclaration.Of(project.Statements)],
        };
    }

    /// <summary>The same summary, its <see cref="Declarations"/> read by <paramref name="read"/> the first time they
    /// are asked for (once, whichever thread asks).</summary>
    internal ProjectSummary WithDeclarationsReadBy(Func<ImmutableArray<ObjectDeclaration>> read) =>
        this with { declarations = new(read, LazyThreadSafetyMode.ExecutionAndPublication) };
}

using SurveySchema.Parsing.Dependencies;

namespace SurveySchema.Parsing;

/// <summary>Where the project declares an object: the statement that creates <see cref="Name"/>, at the place
/// it names it. Reports point a difference at this place (drift's JUnit, JSON and CI annotations), so the fact
/// comes from the parse, never from searching the files' text afterwards.</summary>
/// <param name="Name">The object, as the parse names what a statement creates (implicit names included).</param>
/// <param name="Location">File (the project folder joined with the file's relative path), line and column.</param>
public sealed record ObjectDeclaration(SchemaObjectName Name, SourceLocation Location)
{
    /// <summary>Every object the statements create, each at its first declaration (a second one is an error the
    /// parse already reported), in the statements' order.</summary>
    public static IReadOnlyList<ObjectDeclaration> Of(IEnumerable<SchemaStatement> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var seen = new HashSet<SchemaObjectName>();
        var declarations = new List<ObjectDeclaration>();
        foreach (var statement in statements)
        {
            foreach (var name in statement.Creates)
            {
                if (seen.Add(name))
                {
                    declarations.Add(new ObjectDeclaration(name, statement.LocationOf(name)));
                }
            }
        }

        return declarations;
    }
}

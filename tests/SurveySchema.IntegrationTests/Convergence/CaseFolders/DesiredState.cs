using SurveySchema.Materialise;
using SurveySchema.Model;
using SurveySchema.Parsing;

namespace SurveySchema.IntegrationTests.Convergence.CaseFolders;

/// <summary>Builds a case's b.sql the way the tool builds a user's project: copied into a throwaway project
/// folder, loaded by <see cref="SchemaProject.Load"/> and materialised by <see cref="ShadowBuild"/> on the test
/// server. Errors fail the case with the diagnostics, pointing at the case's own b.sql.</summary>
internal static class DesiredState
{
    /// <summary>Apart from the default prefix, so the shadow-build tests that look for leftover shadow
    /// databases do not see the cases' builds running beside them.</summary>
    private static readonly ShadowBuildOptions Options = ShadowBuildOptions.Default with { DatabasePrefix = "surveyschema_case" };

    public static async Task<DatabaseModel> BuildAsync(CaseFolder testCase)
    {
        var project = Directory.CreateTempSubdirectory("surveyschema-case-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(project, CaseFolder.DesiredFile), testCase.DesiredSql);
            var result = await ShadowBuild.BuildAsync(SchemaProject.Load(project), TestServer.Server, Options);
            if (result.Model is { } model)
            {
                return model;
            }

            // Named by the case's file, so the message reads as it would for a user's project.
            var diagnostics = result.Diagnostics.Select(d => d.ToCanonicalString().Replace(project, testCase.Directory, StringComparison.Ordinal));
            Assert.Fail($"b.sql does not build as a project:\n{string.Join("\n", diagnostics)}");
            throw new InvalidOperationException("unreachable");
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }
}

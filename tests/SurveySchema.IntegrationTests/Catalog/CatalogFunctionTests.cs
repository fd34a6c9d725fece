using SurveySchema.Model;

namespace SurveySchema.IntegrationTests.Catalog;

/// <summary>Functions and procedures: identity, signature, attributes, definition; overloads kept apart.</summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class CatalogFunctionTests
{
    [Test]
    public async Task Functions_and_procedures_are_read_with_signature_attributes_and_definition()
    {
        await using var database = await CatalogDatabase.CreateAsync("""
            CREATE FUNCTION public.add(a integer, b integer DEFAULT 1) RETURNS integer
                LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT a + b $$;
            CREATE FUNCTION public.add(a numeric, b numeric) RETURNS numeric
                LANGUAGE sql STABLE AS $$ SELECT a + b $$;
            CREATE FUNCTION public.touch() RETURNS trigger
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$ BEGIN RETURN NEW; END $$;
            CREATE PROCEDURE public.archive(IN p_id uuid, INOUT p_count integer)
                LANGUAGE plpgsql AS $$ BEGIN p_count := 0; END $$;
            COMMENT ON FUNCTION public.add(integer, integer) IS 'adds integers';
            """);

        var model = await database.ReadAsync();

        Assert.That(model.Functions.Select(f => f.Signature), Is.EqualTo(new[]
        {
            "public.add(a integer, b integer)",
            "public.add(a numeric, b numeric)",
            "public.archive(IN p_id uuid, INOUT p_count integer)",
            "public.touch()",
        }), "overloads are separate objects, keyed by identity arguments; no extension function is listed");

        var add = model.Functions.Single(f => f.IdentityArguments == "a integer, b integer");
        Assert.That(add.Kind, Is.EqualTo(FunctionKind.Function));
        Assert.That(add.Arguments, Is.EqualTo("a integer, b integer DEFAULT 1"));
        Assert.That(add.Result, Is.EqualTo("integer"));
        Assert.That((add.Language, add.Volatility, add.Strict, add.SecurityDefiner), Is.EqualTo(("sql", Volatility.Immutable, true, false)));
        Assert.That(add.Comment, Is.EqualTo("adds integers"));
        Assert.That(add.Definition, Is.EqualTo(
            "CREATE OR REPLACE FUNCTION public.add(a integer, b integer DEFAULT 1)\n RETURNS integer\n LANGUAGE sql\n IMMUTABLE STRICT\nAS $function$ SELECT a + b $function$\n"));

        var numeric = model.Functions.Single(f => f.IdentityArguments == "a numeric, b numeric");
        Assert.That((numeric.Volatility, numeric.Strict), Is.EqualTo((Volatility.Stable, false)));

        var touch = model.Function("public", "touch");
        Assert.That((touch.Result, touch.Language, touch.SecurityDefiner), Is.EqualTo(("trigger", "plpgsql", true)));
        Assert.That(touch.Definition, Does.Contain("SET search_path TO 'public'"));

        var archive = model.Function("public", "archive");
        Assert.That((archive.Kind, archive.Result), Is.EqualTo((FunctionKind.Procedure, (string?)null)));
        Assert.That(archive.Definition, Does.StartWith("CREATE OR REPLACE PROCEDURE public.archive(IN p_id uuid, INOUT p_count integer)"));
    }
}

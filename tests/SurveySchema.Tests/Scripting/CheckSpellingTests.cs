using SurveySchema.Scripting.Sql;

namespace SurveySchema.Tests.Scripting;

public sealed class CheckSpellingTests
{
    [Test]
    public void A_varchar_in_list_is_written_back_as_IN()
    {
        const string stored = "CHECK (((status)::text = ANY ((ARRAY['proposed'::character varying, 'it''s'::character varying])::text[])))";

        Assert.That(CheckSpelling.Restore(stored), Is.EqualTo("CHECK ((status IN ('proposed', 'it''s')))"));
    }

    [Test]
    public void A_not_in_list_keeps_its_negation()
    {
        const string stored = "CHECK ((\"Kind\")::text <> ALL ((ARRAY['a'::character varying])::text[]))";

        Assert.That(CheckSpelling.Restore(stored), Is.EqualTo("CHECK (\"Kind\" NOT IN ('a'))"));
    }

    [Test]
    public void Other_checks_are_left_alone()
    {
        const string stored = "CHECK ((accuracy >= (0)::numeric))";

        Assert.That(CheckSpelling.Restore(stored), Is.EqualTo(stored));
    }

    [Test]
    public void Inside_a_verbatim_scope_the_text_is_left_as_the_catalog_holds_it()
    {
        const string stored = "CHECK (((status)::text = ANY ((ARRAY['a'::character varying])::text[])))";

        using (CheckSpelling.Verbatim())
        {
            Assert.That(CheckSpelling.Restore(stored), Is.EqualTo(stored));
        }

        Assert.That(CheckSpelling.Restore(stored), Is.EqualTo("CHECK ((status IN ('a')))"), "only for the scope");
    }
}

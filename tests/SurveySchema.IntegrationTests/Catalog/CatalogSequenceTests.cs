using SurveySchema.Model;

namespace SurveySchema.IntegrationTests.Catalog;

/// <summary>Sequences: options, OWNED BY, comments; serial defaults spelled with the qualified name.</summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class CatalogSequenceTests
{
    [Test]
    public async Task Sequences_are_read_with_options_and_owner_column()
    {
        await using var database = await CatalogDatabase.CreateAsync("""
            CREATE SEQUENCE public.ticket_numbers AS integer START 1000 INCREMENT 5 MINVALUE 10 MAXVALUE 99999 CACHE 20 CYCLE;
            COMMENT ON SEQUENCE public.ticket_numbers IS 'printed on tickets';
            CREATE TABLE public.tickets (id serial PRIMARY KEY, n integer DEFAULT nextval('public.ticket_numbers'));
            SELECT nextval('public.ticket_numbers');
            CREATE UNLOGGED SEQUENCE public.fast;
            """);

        var model = await database.ReadAsync();

        var numbers = model.Sequence("public", "ticket_numbers");
        Assert.That(numbers.Options, Is.EqualTo(new SequenceOptions("integer", 1000, 5, 10, 99999, 20, true)));
        Assert.That((numbers.OwnedBy, numbers.Comment), Is.EqualTo(((ColumnReference?)null, "printed on tickets")));

        var serial = model.Sequence("public", "tickets_id_seq");
        Assert.That(serial.OwnedBy, Is.EqualTo(new ColumnReference(new QualifiedName("public", "tickets"), "id")));
        Assert.That(serial.Options, Is.EqualTo(new SequenceOptions("integer", 1, 1, 1, int.MaxValue, 1, false)));
        Assert.That(model.Sequence("public", "fast").Persistence, Is.EqualTo(Persistence.Unlogged));

        var tickets = model.Table("public", "tickets");
        Assert.That(tickets.Column("id").Default, Is.EqualTo("nextval('public.tickets_id_seq'::regclass)"));
        Assert.That(tickets.Column("n").Default, Is.EqualTo("nextval('public.ticket_numbers'::regclass)"));
    }
}

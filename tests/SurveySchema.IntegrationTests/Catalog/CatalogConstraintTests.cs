using SurveySchema.Model;

namespace SurveySchema.IntegrationTests.Catalog;

/// <summary>Constraints of every kind, with their columns, definitions and flags.</summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class CatalogConstraintTests
{
    [Test]
    public async Task Primary_unique_check_and_exclusion_constraints_are_read()
    {
        await using var database = await CatalogDatabase.CreateAsync("""
            CREATE EXTENSION IF NOT EXISTS btree_gist;
            CREATE TABLE public.bookings (
                room    integer NOT NULL,
                guest   text NOT NULL,
                during  tstzrange NOT NULL,
                nights  integer,
                CONSTRAINT bookings_pk PRIMARY KEY (guest, room),
                CONSTRAINT bookings_room_guest_key UNIQUE (room, guest) DEFERRABLE INITIALLY DEFERRED,
                CONSTRAINT bookings_nights_check CHECK (nights > 0 AND nights < 365),
                CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&)
            );
            COMMENT ON CONSTRAINT bookings_pk ON public.bookings IS 'one booking per guest and room';
            """);

        var table = (await database.ReadAsync()).Table("public", "bookings");

        var primaryKey = table.Constraint("bookings_pk");
        Assert.That(primaryKey.Kind, Is.EqualTo(ConstraintKind.PrimaryKey));
        Assert.That(primaryKey.Columns, Is.EqualTo(new EquatableArray<string>(["guest", "room"])), "key order, not table order");
        Assert.That(primaryKey.Definition, Is.EqualTo("PRIMARY KEY (guest, room)"));
        Assert.That((primaryKey.Deferrable, primaryKey.Validated, primaryKey.ForeignKey), Is.EqualTo((false, true, (ForeignKey?)null)));
        Assert.That(primaryKey.Comment, Is.EqualTo("one booking per guest and room"));

        var unique = table.Constraint("bookings_room_guest_key");
        Assert.That((unique.Kind, unique.Deferrable, unique.InitiallyDeferred), Is.EqualTo((ConstraintKind.Unique, true, true)));
        Assert.That(unique.Definition, Is.EqualTo("UNIQUE (room, guest) DEFERRABLE INITIALLY DEFERRED"));

        var check = table.Constraint("bookings_nights_check");
        Assert.That(check.Kind, Is.EqualTo(ConstraintKind.Check));
        Assert.That(check.Columns, Is.EqualTo(new EquatableArray<string>(["nights"])));
        Assert.That(check.Definition, Is.EqualTo("CHECK (((nights > 0) AND (nights < 365)))"));

        var exclusion = table.Constraint("bookings_no_overlap");
        Assert.That(exclusion.Kind, Is.EqualTo(ConstraintKind.Exclusion));
        Assert.That(exclusion.Definition, Is.EqualTo("EXCLUDE USING gist (room WITH =, during WITH &&)"));

        Assert.That(table.Index("bookings_pk").Constraint, Is.EqualTo("bookings_pk"));
        Assert.That(table.Index("bookings_no_overlap").Constraint, Is.EqualTo("bookings_no_overlap"));
    }

    [Test]
    public async Task Foreign_keys_are_read_with_target_actions_match_and_deferral()
    {
        await using var database = await CatalogDatabase.CreateAsync("""
            CREATE SCHEMA other;
            CREATE TABLE other.parents (a integer, b integer, PRIMARY KEY (a, b));
            CREATE TABLE public.children (
                id integer PRIMARY KEY,
                pa integer,
                pb integer,
                CONSTRAINT children_parent_fk FOREIGN KEY (pb, pa) REFERENCES other.parents (b, a)
                    MATCH FULL ON UPDATE CASCADE ON DELETE SET NULL DEFERRABLE,
                CONSTRAINT children_self_fk FOREIGN KEY (pa) REFERENCES public.children (id) ON DELETE RESTRICT
            );
            """);

        var table = (await database.ReadAsync()).Table("public", "children");

        var parent = table.Constraint("children_parent_fk");
        Assert.That(parent.Kind, Is.EqualTo(ConstraintKind.ForeignKey));
        Assert.That(parent.Columns, Is.EqualTo(new EquatableArray<string>(["pb", "pa"])));
        Assert.That(parent.ForeignKey, Is.EqualTo(new ForeignKey(
            new QualifiedName("other", "parents"), ["b", "a"], ReferentialAction.Cascade, ReferentialAction.SetNull, ForeignKeyMatch.Full)));
        Assert.That((parent.Deferrable, parent.InitiallyDeferred), Is.EqualTo((true, false)));
        Assert.That(parent.Definition, Is.EqualTo(
            "FOREIGN KEY (pb, pa) REFERENCES other.parents(b, a) MATCH FULL ON UPDATE CASCADE ON DELETE SET NULL DEFERRABLE"));

        var self = table.Constraint("children_self_fk");
        Assert.That(self.ForeignKey, Is.EqualTo(new ForeignKey(
            new QualifiedName("public", "children"), ["id"], ReferentialAction.NoAction, ReferentialAction.Restrict, ForeignKeyMatch.Simple)));
        Assert.That(table.Triggers, Is.Empty, "the triggers behind a foreign key are internal");
    }

    [Test]
    public async Task Not_valid_constraints_are_marked_until_validated()
    {
        await using var database = await CatalogDatabase.CreateAsync("""
            CREATE TABLE public.parents (id integer PRIMARY KEY);
            CREATE TABLE public.rows (id integer, parent integer);
            INSERT INTO public.rows VALUES (-1, NULL);
            ALTER TABLE public.rows ADD CONSTRAINT rows_id_positive CHECK (id > 0) NOT VALID;
            ALTER TABLE public.rows ADD CONSTRAINT rows_parent_fk FOREIGN KEY (parent) REFERENCES public.parents NOT VALID;
            """);

        var table = (await database.ReadAsync()).Table("public", "rows");
        Assert.That(table.Constraint("rows_id_positive").Validated, Is.False);
        Assert.That(table.Constraint("rows_id_positive").Definition, Is.EqualTo("CHECK ((id > 0)) NOT VALID"));
        Assert.That(table.Constraint("rows_parent_fk").Validated, Is.False);

        await database.ExecuteAsync("ALTER TABLE public.rows VALIDATE CONSTRAINT rows_parent_fk;");
        var validated = (await database.ReadAsync()).Table("public", "rows");
        Assert.That(validated.Constraint("rows_parent_fk").Validated, Is.True);
        Assert.That(validated.Constraint("rows_id_positive").Validated, Is.False);
    }

    [Test]
    public async Task A_foreign_key_to_a_partitioned_table_appears_once_on_the_referencing_table()
    {
        await using var database = await CatalogDatabase.CreateAsync("""
            CREATE TABLE public.parts (id integer, k integer, PRIMARY KEY (id, k)) PARTITION BY LIST (k);
            CREATE TABLE public.parts_1 PARTITION OF public.parts FOR VALUES IN (1);
            CREATE TABLE public.parts_2 PARTITION OF public.parts FOR VALUES IN (2);
            CREATE TABLE public.refs (id integer, k integer, CONSTRAINT refs_fk FOREIGN KEY (id, k) REFERENCES public.parts);
            """);

        var table = (await database.ReadAsync()).Table("public", "refs");
        Assert.That(table.Constraints.Select(c => c.Name), Is.EqualTo(new[] { "refs_fk" }),
            "PostgreSQL's per-partition clones of the foreign key are implementation detail");
    }
}

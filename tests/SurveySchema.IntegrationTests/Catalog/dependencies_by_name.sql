-- The reader's dependencies.sql until it read pg_depend's identities and named them on the client
-- (CatalogDependencyEquivalenceTests): both sides of every edge named in SQL, through a CTE of every object
-- of the covered schemas. Kept as the reference the new read must agree with.
-- Dependency edges between the model's objects, as PostgreSQL records them in pg_depend: normal ('n') and
-- automatic ('a') ones; internal ('i') edges tie an object to its own parts (a constraint's index, a
-- view's rule) and extension ('e') edges to an extension, neither orders a plan. Each side of an edge is
-- mapped to the model object it belongs to: a view's _RETURN rule (pg_rewrite) to the view, a column
-- default (pg_attrdef) to its column, a domain's constraint and a composite type's attributes to the type,
-- an array type to its element type, a table's row type to the table. Objects outside the covered
-- schemas, system objects and extension members match nothing, so their edges are left out.
-- Two pg_depend rows can map to the same edge (a constraint on two columns of one table, a default and its
-- column): they are not made distinct here, since the reader keeps distinct edges anyway
-- (DependencyBuilder) and sorting 65 000 rows of names to drop 10 000 cost a fifth of this query.
with covered_relations as (
    select c.oid, c.relkind, n.nspname, c.relname, c.reltype
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    where c.relnamespace = any(@namespaces)
        and c.relkind in ('r', 'p', 'v', 'm', 'c', 'S', 'f')
        and not (n.nspname = 'public' and c.relname = 'alembic_version' and c.relkind = 'r')
        and not exists (
            select from pg_depend e
            where e.classid = 'pg_class'::regclass and e.objid = c.oid and e.deptype = 'e')
        and not exists (
            select from pg_depend e
            where c.relkind = 'c'
                and e.classid = 'pg_type'::regclass and e.objid = c.reltype and e.deptype = 'e')
),
relation_objects as (
    select
        r.oid,
        case r.relkind
            when 'v' then 'view'
            when 'm' then 'materialized-view'
            when 'S' then 'sequence'
            when 'c' then 'type'
            else 'table'
        end as kind,
        r.nspname as schema_name,
        r.relname as object_name
    from covered_relations r
),
-- A type as the model names it: an array by its element, a row type by its relation.
named_types as (
    select t.oid, coalesce(e.oid, t.oid) as effective
    from pg_type t
    left join pg_type e on e.typarray = t.oid
),
type_objects as (
    select nt.oid, coalesce(ro.kind, 'type') as kind, coalesce(ro.schema_name, n.nspname) as schema_name,
        coalesce(ro.object_name, t.typname) as object_name
    from named_types nt
    join pg_type t on t.oid = nt.effective
    join pg_namespace n on n.oid = t.typnamespace
    left join relation_objects ro on t.typtype = 'c' and ro.oid = t.typrelid
    where t.typnamespace = any(@namespaces)
        and (t.typtype in ('e', 'd', 'r') or ro.oid is not null)
        and not exists (
            select from pg_depend x
            where x.classid = 'pg_type'::regclass and x.objid = t.oid and x.deptype = 'e')
),
objects (classid, objid, objsubid, kind, schema_name, object_name, member) as (
    select 'pg_class'::regclass, ro.oid, 0, ro.kind, ro.schema_name, ro.object_name, null::text
    from relation_objects ro
    union all
    select 'pg_class'::regclass, a.attrelid, a.attnum::int,
        case when ro.kind = 'type' then 'type' else 'column' end,
        ro.schema_name, ro.object_name, case when ro.kind = 'type' then null else a.attname::text end
    from relation_objects ro
    join pg_attribute a on a.attrelid = ro.oid and a.attnum > 0 and not a.attisdropped
    where ro.kind <> 'sequence'
    union all
    select 'pg_class'::regclass, i.indexrelid, 0, 'index', ro.schema_name, ro.object_name, ic.relname::text
    from pg_index i
    join relation_objects ro on ro.oid = i.indrelid
    join pg_class ic on ic.oid = i.indexrelid
    union all
    select 'pg_type'::regclass, t.oid, 0, t.kind, t.schema_name, t.object_name, null
    from type_objects t
    union all
    select 'pg_proc'::regclass, p.oid, 0,
        case p.prokind when 'p' then 'procedure' when 'a' then 'aggregate' else 'function' end,
        n.nspname, p.proname, pg_get_function_identity_arguments(p.oid)
    from pg_proc p
    join pg_namespace n on n.oid = p.pronamespace
    where p.pronamespace = any(@namespaces)
        and not exists (
            select from pg_depend x
            where x.classid = 'pg_proc'::regclass and x.objid = p.oid and x.deptype in ('e', 'i'))
    union all
    select 'pg_constraint'::regclass, k.oid, 0, 'constraint', ro.schema_name, ro.object_name, k.conname::text
    from pg_constraint k
    join relation_objects ro on ro.oid = k.conrelid
    union all
    select 'pg_constraint'::regclass, k.oid, 0, t.kind, t.schema_name, t.object_name, null
    from pg_constraint k
    join type_objects t on t.oid = k.contypid
    union all
    select 'pg_trigger'::regclass, g.oid, 0, 'trigger', ro.schema_name, ro.object_name, g.tgname::text
    from pg_trigger g
    join relation_objects ro on ro.oid = g.tgrelid
    where not g.tgisinternal
    union all
    select 'pg_policy'::regclass, y.oid, 0, 'policy', ro.schema_name, ro.object_name, y.polname::text
    from pg_policy y
    join relation_objects ro on ro.oid = y.polrelid
    union all
    select 'pg_rewrite'::regclass, w.oid, 0, ro.kind, ro.schema_name, ro.object_name, null
    from pg_rewrite w
    join relation_objects ro on ro.oid = w.ev_class
    where w.rulename = '_RETURN'
    union all
    select 'pg_attrdef'::regclass, ad.oid, 0, 'column', ro.schema_name, ro.object_name, a.attname::text
    from pg_attrdef ad
    join relation_objects ro on ro.oid = ad.adrelid
    join pg_attribute a on a.attrelid = ad.adrelid and a.attnum = ad.adnum
    union all
    select 'pg_collation'::regclass, l.oid, 0, 'collation', n.nspname, l.collname, null
    from pg_collation l
    join pg_namespace n on n.oid = l.collnamespace
    where l.collnamespace = any(@namespaces)
        and not exists (
            select from pg_depend x
            where x.classid = 'pg_collation'::regclass and x.objid = l.oid and x.deptype = 'e')
)
select
    dep.kind as "DependentKind",
    dep.schema_name as "DependentSchema",
    dep.object_name as "DependentName",
    dep.member as "DependentMember",
    ref.kind as "ReferencedKind",
    ref.schema_name as "ReferencedSchema",
    ref.object_name as "ReferencedName",
    ref.member as "ReferencedMember"
from pg_depend d
join objects dep on dep.classid = d.classid and dep.objid = d.objid and dep.objsubid = d.objsubid
join objects ref on ref.classid = d.refclassid and ref.objid = d.refobjid and ref.objsubid = d.refobjsubid
where d.deptype in ('n', 'a')
    and (dep.kind, dep.schema_name, dep.object_name, dep.member) is distinct from
        (ref.kind, ref.schema_name, ref.object_name, ref.member)

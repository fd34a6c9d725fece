-- Columns of the relations read by relations.sql (tables, views, materialized views, composite types),
-- live ones only. The ordinal is the rank among live columns, not attnum, so a dropped column leaves no gap.
-- The type is read as facts (its schema and name, for an array its element type's; the modifier; the extension
-- the type belongs to), beside format_type's spelling for SQL. No PostGIS function is called, so this query runs
-- the same whether or not PostGIS is installed.
-- Cost at 5 000 tables (66 000 columns, docs/benchmarks.md): the columns are numbered before anything is
-- joined to them, so the window sorts narrow pg_attribute rows rather than whole result rows; a type's facts
-- are looked up once per distinct type (a few dozen) rather than once per column; the identity sequences
-- are found from pg_sequence (a handful) rather than by probing pg_depend for every column.
with live_columns as materialized (
    select a.attrelid, a.attnum, a.attname, a.atttypid, a.atttypmod, a.attnotnull, a.attgenerated,
        a.attidentity, a.attcollation, a.attislocal,
        (row_number() over (partition by a.attrelid order by a.attnum))::int as ordinal
    from pg_attribute a
    where a.attrelid = any(@relations)
        and a.attnum > 0
        and not a.attisdropped
),
column_types as (
    select t.oid, t.typcollation, bn.nspname, b.typname, e.oid is not null as is_array, x.extname
    from pg_type t
    -- a true array type (not a domain over one, not a fixed-length type like point that is subscriptable)
    left join pg_type e on e.oid = t.typelem and t.typsubscript = 'array_subscript_handler'::regproc
    join pg_type b on b.oid = coalesce(e.oid, t.oid)
    join pg_namespace bn on bn.oid = b.typnamespace
    left join (pg_depend xd join pg_extension x on x.oid = xd.refobjid)
        on xd.classid = 'pg_type'::regclass and xd.objid = b.oid
        and xd.refclassid = 'pg_extension'::regclass and xd.deptype = 'e'
    where t.oid in (select atttypid from live_columns)
),
-- Defaults whose stored expression tree calls a function marked volatile. Its nodes name functions by oid
-- (":funcid", ":opfuncid"); pg_depend would not do, since it records no edge to built-in (pinned) functions
-- such as nextval, random() or gen_random_uuid(). Searched as one join rather than a subquery per default,
-- which costs ten times as much.
volatile_defaults as (
    select distinct ad.oid
    from pg_attrdef ad
    cross join lateral regexp_matches(ad.adbin::text, ':(?:op)?funcid (\d+)', 'g') as called(id)
    join pg_proc p on p.oid = called.id[1]::oid
    where ad.adrelid = any(@relations)
        and p.provolatile = 'v'
),
-- an identity column's sequence depends on the column internally ('i')
identity_sequences as (
    select idd.refobjid, idd.refobjsubid, s.*
    from pg_sequence s
    join pg_depend idd
        on idd.classid = 'pg_class'::regclass and idd.objid = s.seqrelid
        and idd.refclassid = 'pg_class'::regclass and idd.deptype = 'i'
)
select
    a.attrelid as "RelationOid",
    a.attname as "Name",
    a.attnum as "AttNum",
    a.ordinal as "Ordinal",
    format_type(a.atttypid, a.atttypmod) as "Type",
    ty.nspname as "TypeSchema",
    ty.typname as "TypeName",
    a.atttypmod as "TypeModifier",
    ty.is_array as "TypeIsArray",
    ty.extname as "TypeExtension",
    a.attnotnull as "NotNull",
    -- A default cannot refer to a column (PostgreSQL rejects it), so it is deparsed without its table:
    -- naming the table makes pg_get_expr open it, building the relation cache entry of every table.
    case when a.attgenerated = '' then pg_get_expr(ad.adbin, 0) end as "Default",
    a.attgenerated = '' and vd.oid is not null as "DefaultIsVolatile",
    case when a.attgenerated <> '' then pg_get_expr(ad.adbin, ad.adrelid) end as "Generated",
    a.attidentity::text as "Identity",
    format_type(s.seqtypid, null) as "IdentityDataType",
    s.seqstart as "IdentityStart",
    s.seqincrement as "IdentityIncrement",
    s.seqmin as "IdentityMinValue",
    s.seqmax as "IdentityMaxValue",
    s.seqcache as "IdentityCache",
    s.seqcycle as "IdentityCycle",
    case
        when co.oid is null then null
        when con.nspname = 'pg_catalog' then quote_ident(co.collname)
        else quote_ident(con.nspname) || '.' || quote_ident(co.collname)
    end as "Collation",
    not a.attislocal as "IsInherited",
    d.description as "Comment"
from live_columns a
join column_types ty on ty.oid = a.atttypid
left join pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
left join volatile_defaults vd on vd.oid = ad.oid
left join pg_collation co on co.oid = a.attcollation and a.attcollation <> ty.typcollation
left join pg_namespace con on con.oid = co.collnamespace
left join identity_sequences s
    on a.attidentity <> '' and s.refobjid = a.attrelid and s.refobjsubid = a.attnum
left join pg_description d
    on d.classoid = 'pg_class'::regclass and d.objoid = a.attrelid and d.objsubid = a.attnum

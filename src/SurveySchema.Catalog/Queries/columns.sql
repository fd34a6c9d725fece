-- Columns of the relations read by relations.sql (tables, views, materialized views, composite types),
-- live ones only. The ordinal is the rank among live columns, not attnum, so a dropped column leaves no gap.
-- The type is read as facts (its schema and name, for an array its element type's; the modifier; the extension
-- the type belongs to), beside format_type's spelling for SQL. No PostGIS function is called, so this query runs
-- the same whether or not PostGIS is installed.
select
    a.attrelid as "RelationOid",
    a.attname as "Name",
    (row_number() over (partition by a.attrelid order by a.attnum))::int as "Ordinal",
    format_type(a.atttypid, a.atttypmod) as "Type",
    bn.nspname as "TypeSchema",
    b.typname as "TypeName",
    a.atttypmod as "TypeModifier",
    e.oid is not null as "TypeIsArray",
    (select x.extname from pg_depend xd
        join pg_extension x on x.oid = xd.refobjid
        where xd.classid = 'pg_type'::regclass and xd.objid = b.oid
            and xd.refclassid = 'pg_extension'::regclass and xd.deptype = 'e') as "TypeExtension",
    a.attnotnull as "NotNull",
    case when a.attgenerated = '' then pg_get_expr(ad.adbin, ad.adrelid) end as "Default",
    -- Volatile when the stored expression tree calls a function marked volatile. Its nodes name functions by
    -- oid (":funcid", ":opfuncid"); pg_depend would not do, since it records no edge to built-in (pinned)
    -- functions such as nextval, random() or gen_random_uuid().
    a.attgenerated = '' and ad.adbin is not null and exists (
        select from regexp_matches(ad.adbin::text, ':(?:op)?funcid (\d+)', 'g') as called(id)
        join pg_proc p on p.oid = called.id[1]::oid
        where p.provolatile = 'v') as "DefaultIsVolatile",
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
from pg_attribute a
join pg_type t on t.oid = a.atttypid
-- a true array type (not a domain over one, not a fixed-length type like point that is subscriptable)
left join pg_type e on e.oid = t.typelem and t.typsubscript = 'array_subscript_handler'::regproc
join pg_type b on b.oid = coalesce(e.oid, t.oid)
join pg_namespace bn on bn.oid = b.typnamespace
left join pg_attrdef ad on ad.adrelid = a.attrelid and ad.adnum = a.attnum
left join pg_collation co on co.oid = a.attcollation and a.attcollation <> t.typcollation
left join pg_namespace con on con.oid = co.collnamespace
-- an identity column's sequence depends on the column internally ('i')
left join pg_depend idd
    on a.attidentity <> ''
    and idd.refclassid = 'pg_class'::regclass and idd.refobjid = a.attrelid and idd.refobjsubid = a.attnum
    and idd.classid = 'pg_class'::regclass and idd.deptype = 'i'
left join pg_sequence s on s.seqrelid = idd.objid
left join pg_description d
    on d.classoid = 'pg_class'::regclass and d.objoid = a.attrelid and d.objsubid = a.attnum
where a.attrelid = any(@relations)
    and a.attnum > 0
    and not a.attisdropped

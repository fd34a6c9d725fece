-- Columns of the relations read by relations.sql (tables, views, materialized views, composite types),
-- live ones only. The ordinal is the rank among live columns, not attnum, so a dropped column leaves no gap.
-- Spatial columns are recognised by their type belonging to the postgis extension; no PostGIS function is
-- called, so this query runs the same whether or not PostGIS is installed.
select
    a.attrelid as "RelationOid",
    a.attname as "Name",
    (row_number() over (partition by a.attrelid order by a.attnum))::int as "Ordinal",
    format_type(a.atttypid, a.atttypmod) as "Type",
    a.attnotnull as "NotNull",
    case when a.attgenerated = '' then pg_get_expr(ad.adbin, ad.adrelid) end as "Default",
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
    case
        when t.typname in ('geometry', 'geography') and exists (
            select from pg_depend e
            join pg_extension x on x.oid = e.refobjid
            where e.classid = 'pg_type'::regclass and e.objid = t.oid and e.deptype = 'e'
                and e.refclassid = 'pg_extension'::regclass and x.extname = 'postgis')
        then t.typname::text
    end as "SpatialKind",
    not a.attislocal as "IsInherited",
    d.description as "Comment"
from pg_attribute a
join pg_type t on t.oid = a.atttypid
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

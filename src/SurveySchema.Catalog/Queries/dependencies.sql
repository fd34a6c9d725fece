-- Dependency edges as PostgreSQL records them in pg_depend, as catalog identities (class, object, sub-object);
-- the reader names each side through the OIDs the other queries return (DependencyBuilder), as pg_dump does.
-- Normal ('n') and automatic ('a') edges only: internal ('i') edges tie an object to its own parts (a
-- constraint's index, a view's rule) and extension ('e') edges to an extension; neither orders a plan.
-- Some catalog objects are not objects of the model but parts of one, and each side of an edge is first moved
-- to the object it belongs to:
-- - a view's _RETURN rule (pg_rewrite) to the view;
-- - a column default (pg_attrdef) to its column;
-- - a domain's constraint to the domain;
-- - an array type to its element type, and a row type (a table's, or a composite type's) to its relation.
-- Both sides are then classes the model has (pg_class for relations, their columns and indexes; pg_type,
-- pg_proc, pg_constraint, pg_trigger, pg_policy, pg_collation); a side that names nothing the reader read
-- (a system object, an extension member, a hidden clone of a foreign key) drops the edge there.
-- Mapping names in SQL instead (a 150 000-row CTE of every column, index and constraint joined to both sides)
-- took 0.85 s at 5 000 tables; this takes about 0.2 s.
with parts (classid, objid, owner_classid, owner_objid, owner_objsubid) as (
    select 'pg_rewrite'::regclass::oid, w.oid, 'pg_class'::regclass::oid, w.ev_class, 0
    from pg_rewrite w
    where w.rulename = '_RETURN'
    union all
    select 'pg_attrdef'::regclass::oid, ad.oid, 'pg_class'::regclass::oid, ad.adrelid, ad.adnum::int
    from pg_attrdef ad
    union all
    select 'pg_constraint'::regclass::oid, k.oid, 'pg_type'::regclass::oid, k.contypid, 0
    from pg_constraint k
    where k.contypid <> 0
    union all
    -- s is the type the model names: the element of an array, else the type itself.
    select 'pg_type'::regclass::oid, t.oid,
        case when s.typrelid <> 0 then 'pg_class'::regclass::oid else 'pg_type'::regclass::oid end,
        case when s.typrelid <> 0 then s.typrelid else s.oid end,
        0
    from pg_type t
    left join pg_type e on e.typarray = t.oid
    join pg_type s on s.oid = coalesce(e.oid, t.oid)
    where t.typnamespace = any(@namespaces)
        and (e.oid is not null or s.typrelid <> 0)
),
edges as (
    select
        coalesce(dp.owner_classid, d.classid) as classid,
        coalesce(dp.owner_objid, d.objid) as objid,
        coalesce(dp.owner_objsubid, d.objsubid) as objsubid,
        coalesce(rp.owner_classid, d.refclassid) as refclassid,
        coalesce(rp.owner_objid, d.refobjid) as refobjid,
        coalesce(rp.owner_objsubid, d.refobjsubid) as refobjsubid
    from pg_depend d
    left join parts dp on dp.classid = d.classid and dp.objid = d.objid
    left join parts rp on rp.classid = d.refclassid and rp.objid = d.refobjid
    where d.deptype in ('n', 'a')
        and d.classid in ('pg_class'::regclass, 'pg_type'::regclass, 'pg_proc'::regclass, 'pg_constraint'::regclass,
            'pg_trigger'::regclass, 'pg_policy'::regclass, 'pg_collation'::regclass, 'pg_rewrite'::regclass,
            'pg_attrdef'::regclass)
        and d.refclassid in ('pg_class'::regclass, 'pg_type'::regclass, 'pg_proc'::regclass, 'pg_constraint'::regclass,
            'pg_trigger'::regclass, 'pg_policy'::regclass, 'pg_collation'::regclass, 'pg_rewrite'::regclass,
            'pg_attrdef'::regclass)
)
select
    e.classid as "ClassId",
    e.objid as "ObjectId",
    e.objsubid as "SubId",
    e.refclassid as "ReferencedClassId",
    e.refobjid as "ReferencedObjectId",
    e.refobjsubid as "ReferencedSubId"
from edges e
-- a default and its own column, a domain's constraint and its domain: one object on both sides
where (e.classid, e.objid, e.objsubid) <> (e.refclassid, e.refobjid, e.refobjsubid)

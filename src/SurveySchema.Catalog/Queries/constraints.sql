-- Primary key, foreign key, unique, check and exclusion constraints of the tables read by relations.sql.
-- A foreign key that references a partitioned table makes PostgreSQL add one hidden clone per referenced
-- partition on the same referencing table (conparentid set, same conrelid): those are implementation
-- detail and left out. Clones on partitions (different conrelid) stay, marked as inherited.
-- Key column names are looked up one by one through pg_attribute's (attrelid, attnum) index: joining
-- unnest(conkey) to pg_attribute instead made the planner fetch every column of the table for each
-- constraint and hash them, a third of this query's time at 5 000 tables (docs/benchmarks.md). An
-- exclusion constraint's expression keys are 0 in conkey and have no name: left out, as the join did.
select
    c.oid as "Oid",
    c.conrelid as "RelationOid",
    c.conname as "Name",
    c.contype::text as "Kind",
    array(
        select (select a.attname from pg_attribute a where a.attrelid = c.conrelid and a.attnum = k.attnum)
        from unnest(c.conkey) with ordinality k(attnum, position)
        where k.attnum <> 0
        order by k.position) as "Columns",
    pg_get_constraintdef(c.oid) as "Definition",
    rn.nspname as "ReferencedSchema",
    r.relname as "ReferencedTable",
    array(
        select (select a.attname from pg_attribute a where a.attrelid = c.confrelid and a.attnum = k.attnum)
        from unnest(c.confkey) with ordinality k(attnum, position)
        where k.attnum <> 0
        order by k.position) as "ReferencedColumns",
    c.confupdtype::text as "OnUpdate",
    c.confdeltype::text as "OnDelete",
    c.confmatchtype::text as "Match",
    c.condeferrable as "Deferrable",
    c.condeferred as "InitiallyDeferred",
    c.convalidated as "Validated",
    not c.conislocal as "IsInherited",
    d.description as "Comment"
from pg_constraint c
left join pg_class r on r.oid = c.confrelid
left join pg_namespace rn on rn.oid = r.relnamespace
left join pg_description d
    on d.classoid = 'pg_constraint'::regclass and d.objoid = c.oid and d.objsubid = 0
where c.conrelid = any(@relations)
    and c.contype in ('p', 'f', 'u', 'c', 'x')
    and (c.conparentid = 0
        or c.conrelid <> (select p.conrelid from pg_constraint p where p.oid = c.conparentid))

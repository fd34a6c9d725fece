-- Sequences in the covered schemas, with OWNED BY (an automatic 'a' dependency on a table column).
-- Identity columns' sequences (internal 'i' dependency) belong to their column and are left out, as are
-- extension members.
select
    c.oid as "Oid",
    n.nspname as "Schema",
    c.relname as "Name",
    format_type(s.seqtypid, null) as "DataType",
    s.seqstart as "Start",
    s.seqincrement as "Increment",
    s.seqmin as "MinValue",
    s.seqmax as "MaxValue",
    s.seqcache as "Cache",
    s.seqcycle as "Cycle",
    c.relpersistence::text as "Persistence",
    otn.nspname as "OwnedBySchema",
    ot.relname as "OwnedByTable",
    oa.attname as "OwnedByColumn",
    -- null when the reading role owns it: ownership is compared only where a project names another owner
    nullif(pg_get_userbyid(c.relowner), current_user) as "Owner",
    d.description as "Comment"
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
join pg_sequence s on s.seqrelid = c.oid
left join pg_depend od
    on od.classid = 'pg_class'::regclass and od.objid = c.oid
    and od.refclassid = 'pg_class'::regclass and od.refobjsubid > 0 and od.deptype = 'a'
left join pg_class ot on ot.oid = od.refobjid
left join pg_namespace otn on otn.oid = ot.relnamespace
left join pg_attribute oa on oa.attrelid = od.refobjid and oa.attnum = od.refobjsubid
left join pg_description d
    on d.classoid = 'pg_class'::regclass and d.objoid = c.oid and d.objsubid = 0
where c.relkind = 'S'
    and c.relnamespace = any(@namespaces)
    and not exists (
        select from pg_depend e
        where e.classid = 'pg_class'::regclass and e.objid = c.oid and e.deptype in ('e', 'i'))

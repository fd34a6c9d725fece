-- Tables, partitioned tables, views, materialized views, and the attribute holders of composite types,
-- in the covered schemas. Objects that belong to an extension (PostGIS's spatial_ref_sys, geometry_columns,
-- its composite types) and Alembic's public.alembic_version are left out here; the column, constraint,
-- index, trigger, policy and privilege queries read only the relations this one returns.
select
    c.oid as "Oid",
    n.nspname as "Schema",
    c.relname as "Name",
    c.relkind::text as "Kind",
    c.relpersistence::text as "Persistence",
    case when c.relkind = 'p' then pg_get_partkeydef(c.oid) end as "PartitionKey",
    case when c.relispartition then pg_get_expr(c.relpartbound, c.oid) end as "PartitionBound",
    pn.nspname as "PartitionParentSchema",
    p.relname as "PartitionParentName",
    array(
        select hn.nspname
        from pg_inherits h
        join pg_class hc on hc.oid = h.inhparent
        join pg_namespace hn on hn.oid = hc.relnamespace
        where h.inhrelid = c.oid and not c.relispartition
        order by h.inhseqno) as "InheritsSchemas",
    array(
        select hc.relname
        from pg_inherits h
        join pg_class hc on hc.oid = h.inhparent
        where h.inhrelid = c.oid and not c.relispartition
        order by h.inhseqno) as "InheritsNames",
    coalesce(c.reloptions, '{}') as "Options",
    c.relrowsecurity as "RowSecurity",
    c.relforcerowsecurity as "ForceRowSecurity",
    case when c.relkind in ('v', 'm') then pg_get_viewdef(c.oid) end as "ViewDefinition",
    -- null when the reading role owns it: ownership is compared only where a project names another owner
    nullif(pg_get_userbyid(c.relowner), current_user) as "Owner",
    d.description as "Comment"
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
left join pg_inherits pi on c.relispartition and pi.inhrelid = c.oid
left join pg_class p on p.oid = pi.inhparent
left join pg_namespace pn on pn.oid = p.relnamespace
left join pg_description d
    on d.classoid = 'pg_class'::regclass and d.objoid = c.oid and d.objsubid = 0
where c.relnamespace = any(@namespaces)
    and c.relkind in ('r', 'p', 'v', 'm', 'c')
    and not (n.nspname = 'public' and c.relname = 'alembic_version' and c.relkind = 'r')
    and not exists (
        select from pg_depend e
        where e.classid = 'pg_class'::regclass and e.objid = c.oid and e.deptype = 'e')
    -- a composite type's extension membership is recorded on its pg_type row, not on its pg_class row
    and not exists (
        select from pg_depend e
        where c.relkind = 'c'
            and e.classid = 'pg_type'::regclass and e.objid = c.reltype and e.deptype = 'e')

-- Schemas the model covers: every namespace except PostgreSQL's own (pg_catalog, information_schema,
-- TOAST and temporary schemas), the tool's revision history (surveyschema), schemas an extension
-- created, and whatever CatalogOptions leaves out. Every later query reads only objects in these.
select
    n.oid as "Oid",
    n.nspname as "Name",
    -- null when the reading role owns it: ownership is compared only where a project names another owner
    nullif(pg_get_userbyid(n.nspowner), current_user) as "Owner",
    d.description as "Comment"
from pg_namespace n
left join pg_description d
    on d.classoid = 'pg_namespace'::regclass and d.objoid = n.oid and d.objsubid = 0
where n.nspname not in ('pg_catalog', 'information_schema', 'surveyschema')
    and n.nspname not like 'pg\_toast%'
    and n.nspname not like 'pg\_temp\_%'
    and not exists (
        select from pg_depend e
        where e.classid = 'pg_namespace'::regclass and e.objid = n.oid and e.deptype = 'e')
    and (cardinality(@include::text[]) = 0 or n.nspname = any(@include::text[]))
    and n.nspname <> all(@exclude::text[])

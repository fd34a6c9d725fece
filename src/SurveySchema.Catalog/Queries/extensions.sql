-- Installed extensions whose schema is covered (plpgsql lives in pg_catalog and so is not listed).
select
    x.extname as "Name",
    x.extversion as "Version",
    n.nspname as "Schema"
from pg_extension x
join pg_namespace n on n.oid = x.extnamespace
where x.extnamespace = any(@namespaces)

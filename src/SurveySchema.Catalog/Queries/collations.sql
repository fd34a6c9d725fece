-- Collations created in the covered schemas, extension members left out. PostgreSQL 15 keeps an ICU
-- collation's locale in colliculocale (collcollate and collctype are NULL then), a libc one's in
-- collcollate and collctype. collversion is not read: it names the library build, not the schema.
select
    c.oid as "Oid",
    n.nspname as "Schema",
    c.collname as "Name",
    c.collprovider::text as "Provider",
    c.collcollate as "LcCollate",
    c.collctype as "LcCtype",
    c.colliculocale as "IcuLocale",
    c.collisdeterministic as "Deterministic",
    d.description as "Comment"
from pg_collation c
join pg_namespace n on n.oid = c.collnamespace
left join pg_description d
    on d.classoid = 'pg_collation'::regclass and d.objoid = c.oid and d.objsubid = 0
where c.collnamespace = any(@namespaces)
    and not exists (
        select from pg_depend e
        where e.classid = 'pg_collation'::regclass and e.objid = c.oid and e.deptype = 'e')

-- Functions and procedures in the covered schemas; extension members (PostGIS's thousand functions,
-- uuid-ossp's generators) and aggregates (pg_get_functiondef cannot spell them; aggregates.sql reads them) are left out, and so are the constructors PostgreSQL makes for a range type (internal dependency on it).
select
    p.oid as "Oid",
    n.nspname as "Schema",
    p.proname as "Name",
    pg_get_function_identity_arguments(p.oid) as "IdentityArguments",
    p.prokind::text as "Kind",
    pg_get_function_arguments(p.oid) as "Arguments",
    case when p.prokind <> 'p' then pg_get_function_result(p.oid) end as "Result",
    l.lanname as "Language",
    p.provolatile::text as "Volatility",
    p.proisstrict as "Strict",
    p.prosecdef as "SecurityDefiner",
    pg_get_functiondef(p.oid) as "Definition",
    -- null when the reading role owns it: ownership is compared only where a project names another owner
    nullif(pg_get_userbyid(p.proowner), current_user) as "Owner",
    d.description as "Comment"
from pg_proc p
join pg_namespace n on n.oid = p.pronamespace
join pg_language l on l.oid = p.prolang
left join pg_description d
    on d.classoid = 'pg_proc'::regclass and d.objoid = p.oid and d.objsubid = 0
where p.pronamespace = any(@namespaces)
    and p.prokind in ('f', 'p', 'w')
    and not exists (
        select from pg_depend e
        where e.classid = 'pg_proc'::regclass and e.objid = p.oid and e.deptype in ('e', 'i'))

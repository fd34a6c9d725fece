-- Privileges on the schemas, relations, sequences, columns, functions and types the other queries returned, one
-- row per grantee and privilege. A NULL ACL means PostgreSQL's built-in default, so it is expanded with
-- acldefault() first; then the owner's own entries are dropped (owners are not part of the model and
-- their self-grant would be noise on every object). Grantors are not modelled: several grants of the same
-- privilege collapse into one, grantable when any of them is.
with entry as (
    select 'schema' as catalog, n.oid as object_oid, null::name as column_name, g.grantee, g.privilege_type, g.is_grantable
    from pg_namespace n
    cross join lateral aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) g
    where n.oid = any(@namespaces) and g.grantee <> n.nspowner
    union all
    select 'relation', c.oid, null, g.grantee, g.privilege_type, g.is_grantable
    from pg_class c
    cross join lateral aclexplode(coalesce(c.relacl, acldefault((case c.relkind when 'S' then 's' else 'r' end)::"char", c.relowner))) g
    where (c.oid = any(@relations) or c.oid = any(@sequences)) and g.grantee <> c.relowner
    union all
    select 'relation', a.attrelid, a.attname, g.grantee, g.privilege_type, g.is_grantable
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    cross join lateral aclexplode(a.attacl) g
    where a.attrelid = any(@relations) and a.attnum > 0 and not a.attisdropped and a.attacl is not null
        and g.grantee <> c.relowner
    union all
    select 'function', p.oid, null, g.grantee, g.privilege_type, g.is_grantable
    from pg_proc p
    cross join lateral aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) g
    where p.oid = any(@functions) and g.grantee <> p.proowner
    union all
    select 'type', t.oid, null, g.grantee, g.privilege_type, g.is_grantable
    from pg_type t
    cross join lateral aclexplode(coalesce(t.typacl, acldefault('T', t.typowner))) g
    where t.oid = any(@types) and g.grantee <> t.typowner
)
select
    catalog as "Catalog",
    object_oid as "ObjectOid",
    column_name::text as "ColumnName",
    case when grantee = 0 then 'PUBLIC' else pg_get_userbyid(grantee)::text end as "Grantee",
    privilege_type as "Privilege",
    bool_or(is_grantable) as "Grantable"
from entry
group by catalog, object_oid, column_name, grantee, privilege_type

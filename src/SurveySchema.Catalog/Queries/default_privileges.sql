-- ALTER DEFAULT PRIVILEGES entries (pg_default_acl), one row per entry, grantee and privilege. An entry for
-- all schemas (defaclnamespace 0) replaces the built-in default: its NULL-free ACL is read as it is, and an
-- entry that is missing means acldefault() (the model builder leaves such entries out). An entry for one
-- schema only adds to that. As for objects, the creating role's own privileges are dropped. Per-schema
-- entries for schemas the read does not cover are left out.
select
    pg_get_userbyid(d.defaclrole)::text as "Role",
    n.nspname::text as "Schema",
    d.defaclobjtype::text as "Objects",
    case when g.grantee = 0 then 'PUBLIC' else pg_get_userbyid(g.grantee)::text end as "Grantee",
    g.privilege_type as "Privilege",
    coalesce(bool_or(g.is_grantable), false) as "Grantable"
from pg_default_acl d
left join pg_namespace n on n.oid = d.defaclnamespace
left join lateral aclexplode(d.defaclacl) g on g.grantee <> d.defaclrole
where d.defaclnamespace = 0 or d.defaclnamespace = any(@namespaces)
group by d.defaclrole, n.nspname, d.defaclobjtype, g.grantee, g.privilege_type

-- The roles named in @roles (the project's declared roles) that exist, with their attributes and the roles
-- they are members of. Roles are cluster-wide: nothing else is read, so a database's model does not change
-- with the other roles of its server. rolpassword is never selected.
select
    r.rolname::text as "Name",
    r.rolcanlogin as "Login",
    r.rolsuper as "Superuser",
    r.rolcreatedb as "CreateDatabase",
    r.rolcreaterole as "CreateRole",
    r.rolinherit as "Inherit",
    r.rolreplication as "Replication",
    r.rolbypassrls as "BypassRowLevelSecurity",
    r.rolconnlimit as "ConnectionLimit",
    case when r.rolvaliduntil is null or r.rolvaliduntil = 'infinity' then null
        else to_char(r.rolvaliduntil at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS') || '+00' end as "ValidUntil",
    array(select g.rolname::text from pg_auth_members m join pg_roles g on g.oid = m.roleid
        where m.member = r.oid order by g.rolname) as "MemberOf",
    array(select m.admin_option from pg_auth_members m join pg_roles g on g.oid = m.roleid
        where m.member = r.oid order by g.rolname) as "MemberOfAdmin"
from pg_roles r
where r.rolname = any(@roles)

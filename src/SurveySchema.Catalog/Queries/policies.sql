-- Row level security policies of the tables read by relations.sql. Role 0 in polroles means PUBLIC.
select
    p.oid as "Oid",
    p.polrelid as "RelationOid",
    p.polname as "Name",
    p.polcmd::text as "Command",
    p.polpermissive as "Permissive",
    array(
        select case when r.oid = 0 then 'PUBLIC' else pg_get_userbyid(r.oid)::text end
        from unnest(p.polroles) r(oid)) as "Roles",
    pg_get_expr(p.polqual, p.polrelid) as "Using",
    pg_get_expr(p.polwithcheck, p.polrelid) as "WithCheck",
    d.description as "Comment"
from pg_policy p
left join pg_description d
    on d.classoid = 'pg_policy'::regclass and d.objoid = p.oid and d.objsubid = 0
where p.polrelid = any(@relations)

-- User triggers on the relations read by relations.sql; internal ones (behind foreign keys) are left out.
select
    t.oid as "Oid",
    t.tgrelid as "RelationOid",
    t.tgname as "Name",
    pg_get_triggerdef(t.oid) as "Definition",
    t.tgenabled::text as "Enabled",
    t.tgparentid <> 0 as "IsInherited",
    d.description as "Comment"
from pg_trigger t
left join pg_description d
    on d.classoid = 'pg_trigger'::regclass and d.objoid = t.oid and d.objsubid = 0
where t.tgrelid = any(@relations)
    and not t.tgisinternal

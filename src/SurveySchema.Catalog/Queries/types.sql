-- Enums, domains, range types and composite types in the covered schemas, extension members left out (PostGIS's
-- geometry_dump, box2d, …). Composite attributes come from columns.sql through "RelationOid". A domain's
-- CHECK constraints come as parallel arrays, one element per constraint.
select
    t.oid as "Oid",
    n.nspname as "Schema",
    t.typname as "Name",
    t.typtype::text as "Kind",
    t.typrelid as "RelationOid",
    (select concat_ws(', ',
            'SUBTYPE = ' || format_type(r.rngsubtype, null),
            case when not opc.opcdefault then 'SUBTYPE_OPCLASS = ' || quote_ident(opn.nspname) || '.' || quote_ident(opc.opcname) end,
            case when r.rngcollation <> 0 and r.rngcollation <> st.typcollation
                then 'COLLATION = ' || quote_ident(rcn.nspname) || '.' || quote_ident(rc.collname) end,
            case when r.rngcanonical <> 0 then 'CANONICAL = ' || r.rngcanonical::regproc::text end,
            case when r.rngsubdiff <> 0 then 'SUBTYPE_DIFF = ' || r.rngsubdiff::regproc::text end,
            'MULTIRANGE_TYPE_NAME = ' || format_type(r.rngmultitypid, null))
        from pg_range r
        join pg_type st on st.oid = r.rngsubtype
        join pg_opclass opc on opc.oid = r.rngsubopc
        join pg_namespace opn on opn.oid = opc.opcnamespace
        left join pg_collation rc on rc.oid = r.rngcollation
        left join pg_namespace rcn on rcn.oid = rc.collnamespace
        where r.rngtypid = t.oid) as "RangeOptions",
    array(select e.enumlabel::text from pg_enum e where e.enumtypid = t.oid order by e.enumsortorder) as "EnumLabels",
    case when t.typtype = 'd' then format_type(t.typbasetype, t.typtypmod) end as "BaseType",
    case when t.typtype = 'd' then pg_get_expr(t.typdefaultbin, 0) end as "Default",
    t.typnotnull as "NotNull",
    case
        when co.oid is null then null
        when con.nspname = 'pg_catalog' then quote_ident(co.collname)
        else quote_ident(con.nspname) || '.' || quote_ident(co.collname)
    end as "Collation",
    array(select c.conname::text from pg_constraint c where c.contypid = t.oid and c.contype = 'c' order by c.oid) as "CheckNames",
    array(select pg_get_constraintdef(c.oid) from pg_constraint c where c.contypid = t.oid and c.contype = 'c' order by c.oid) as "CheckDefinitions",
    array(select c.convalidated from pg_constraint c where c.contypid = t.oid and c.contype = 'c' order by c.oid) as "CheckValidated",
    array(
        select cd.description
        from pg_constraint c
        left join pg_description cd
            on cd.classoid = 'pg_constraint'::regclass and cd.objoid = c.oid and cd.objsubid = 0
        where c.contypid = t.oid and c.contype = 'c'
        order by c.oid) as "CheckComments",
    -- null when the reading role owns it: ownership is compared only where a project names another owner
    nullif(pg_get_userbyid(t.typowner), current_user) as "Owner",
    d.description as "Comment"
from pg_type t
join pg_namespace n on n.oid = t.typnamespace
left join pg_type bt on bt.oid = t.typbasetype
left join pg_collation co on t.typtype = 'd' and co.oid = t.typcollation and t.typcollation <> bt.typcollation
left join pg_namespace con on con.oid = co.collnamespace
left join pg_description d
    on d.classoid = 'pg_type'::regclass and d.objoid = t.oid and d.objsubid = 0
where t.typnamespace = any(@namespaces)
    and (t.typtype in ('e', 'd', 'r')
        or (t.typtype = 'c' and exists (select from pg_class r where r.oid = t.typrelid and r.relkind = 'c')))
    and not exists (
        select from pg_depend e
        where e.classid = 'pg_type'::regclass and e.objid = t.oid and e.deptype = 'e')

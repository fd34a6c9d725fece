-- Indexes of the tables and materialized views read by relations.sql. Keys and INCLUDE columns come one
-- by one: an expression from pg_get_indexdef(index, n), a plain column as quote_ident(its name), which is
-- what pg_get_indexdef(index, n) prints for it (PostgreSQL 15's ruleutils.c: quote_identifier(get_attname())
-- and, for a single column, no collation, operator class or order), without deparsing the whole index again
-- for each column (tests: CatalogSpellingTests).
select
    i.indrelid as "RelationOid",
    ic.relname as "Name",
    am.amname as "Method",
    array(
        select case
            when i.indkey[k - 1] = 0 then pg_get_indexdef(i.indexrelid, k, false)
            else (select quote_ident(a.attname) from pg_attribute a
                where a.attrelid = i.indrelid and a.attnum = i.indkey[k - 1])
        end
        from generate_series(1, i.indnkeyatts) k
        order by k) as "Keys",
    array(
        select case
            when i.indkey[k - 1] = 0 then pg_get_indexdef(i.indexrelid, k, false)
            else (select quote_ident(a.attname) from pg_attribute a
                where a.attrelid = i.indrelid and a.attnum = i.indkey[k - 1])
        end
        from generate_series(i.indnkeyatts + 1, i.indnatts) k
        order by k) as "Include",
    pg_get_expr(i.indpred, i.indrelid) as "Predicate",
    i.indisunique as "Unique",
    pg_get_indexdef(i.indexrelid) as "Definition",
    con.conname as "Constraint",
    i.indisvalid as "IsValid",
    pn.nspname as "ParentSchema",
    p.relname as "ParentName",
    d.description as "Comment"
from pg_index i
join pg_class ic on ic.oid = i.indexrelid
join pg_am am on am.oid = ic.relam
-- the constraint this index implements (a foreign key's conindid names the referenced side's index instead)
left join pg_constraint con
    on con.conindid = i.indexrelid and con.conrelid = i.indrelid and con.contype in ('p', 'u', 'x')
left join pg_inherits h on h.inhrelid = i.indexrelid
left join pg_class p on p.oid = h.inhparent
left join pg_namespace pn on pn.oid = p.relnamespace
left join pg_description d
    on d.classoid = 'pg_class'::regclass and d.objoid = i.indexrelid and d.objsubid = 0
where i.indrelid = any(@relations)

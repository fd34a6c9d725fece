-- Indexes of the tables and materialized views read by relations.sql. Keys and INCLUDE columns come one
-- by one: an expression from pg_get_indexdef(index, n), a plain column as quote_ident(its name), which is
-- what pg_get_indexdef(index, n) prints for it (PostgreSQL 15's ruleutils.c: quote_identifier(get_attname())
-- and, for a single column, no collation, operator class or order), without deparsing the whole index again
-- for each column (tests: CatalogSpellingTests).
-- The whole definition is spelled here too when the index is plain, which most are: pg_get_indexdef was
-- most of this query's time at 5 000 tables (docs/benchmarks.md). Plain: a non-partitioned index on key
-- columns only (no expression, INCLUDE, predicate, storage option or NULLS NOT DISTINCT), each key in the
-- default order, with its column's collation and the operator class PostgreSQL picks by default for the
-- column's type (ruleutils.c prints an operator class unless GetDefaultOpClass gives it, and a collation
-- unless it is the column's). Then pg_get_indexdef(oid) is exactly
--   CREATE [UNIQUE ]INDEX name ON schema.table USING method (key, key)
-- with every name through quote_identifier and the table qualified (the reader's search_path is pg_catalog).
-- The default operator class: one whose input type is the column's type; for a varchar column, which has no
-- such class in core, the method's default for text (varchar is binary coercible to text, and text is the
-- preferred type of the string category). CatalogSpellingTests compares the two on every case database.
-- pg_get_indexdef(oid) also waits for an ACCESS SHARE lock on the table, so a table held ACCESS EXCLUSIVE by
-- another session stalled the whole read until lock_timeout; a plain index no longer does (pg_get_expr and
-- pg_get_constraintdef still wait).
select
    i.indexrelid as "Oid",
    i.indrelid as "RelationOid",
    ic.relname as "Name",
    am.amname as "Method",
    keys.spelled[1:i.indnkeyatts] as "Keys",
    keys.spelled[i.indnkeyatts + 1:i.indnatts] as "Include",
    pg_get_expr(i.indpred, i.indrelid) as "Predicate",
    i.indisunique as "Unique",
    case
        when keys.plain and ic.relkind = 'i' and i.indnatts = i.indnkeyatts and i.indexprs is null
            and i.indpred is null and not i.indnullsnotdistinct and ic.reloptions is null
        then 'CREATE ' || case when i.indisunique then 'UNIQUE ' else '' end || 'INDEX ' || quote_ident(ic.relname)
            || ' ON ' || quote_ident(tn.nspname) || '.' || quote_ident(t.relname)
            || ' USING ' || quote_ident(am.amname) || ' (' || array_to_string(keys.spelled[1:i.indnkeyatts], ', ') || ')'
        else pg_get_indexdef(i.indexrelid)
    end as "Definition",
    con.conname as "Constraint",
    i.indisvalid as "IsValid",
    pn.nspname as "ParentSchema",
    p.relname as "ParentName",
    d.description as "Comment"
from pg_index i
join pg_class ic on ic.oid = i.indexrelid
join pg_am am on am.oid = ic.relam
join pg_class t on t.oid = i.indrelid
join pg_namespace tn on tn.oid = t.relnamespace
cross join lateral (
    select
        array(
            select case
                when i.indkey[k - 1] = 0 then pg_get_indexdef(i.indexrelid, k, false)
                else (select quote_ident(a.attname) from pg_attribute a
                    where a.attrelid = i.indrelid and a.attnum = i.indkey[k - 1])
            end
            from generate_series(1, i.indnatts) k
            order by k) as spelled,
        not exists (
            select
            from generate_series(1, i.indnkeyatts) k
            left join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[k - 1]
            left join pg_opclass oc on oc.oid = i.indclass[k - 1]
            where a.attnum is null
                or i.indoption[k - 1] <> 0
                or (i.indcollation[k - 1] <> 0 and i.indcollation[k - 1] <> a.attcollation)
                or not coalesce(oc.opcdefault, false)
                or not (oc.opcintype = a.atttypid
                    or (a.atttypid = 'varchar'::regtype and oc.opcintype = 'text'::regtype
                        and not exists (
                            select from pg_opclass x
                            where x.opcmethod = oc.opcmethod and x.opcdefault and x.opcintype = a.atttypid)))) as plain
    -- key and INCLUDE columns in one array, sliced above; not pulled up into the outer query, which would
    -- evaluate it once for each slice
    offset 0
) keys
-- the constraint this index implements (a foreign key's conindid names the referenced side's index instead)
left join pg_constraint con
    on con.conindid = i.indexrelid and con.conrelid = i.indrelid and con.contype in ('p', 'u', 'x')
left join pg_inherits h on h.inhrelid = i.indexrelid
left join pg_class p on p.oid = h.inhparent
left join pg_namespace pn on pn.oid = p.relnamespace
left join pg_description d
    on d.classoid = 'pg_class'::regclass and d.objoid = i.indexrelid and d.objsubid = 0
where i.indrelid = any(@relations)

-- pg_class.reltuples of every table and materialised view: the planner's row estimate, which the
-- hazard report uses to size a rewrite. -1 means never vacuumed or analysed (PostgreSQL 14+): the
-- size is unknown, so the row is left out rather than passed as empty.
SELECT n.nspname AS "Schema", c.relname AS "Name", c.reltuples::bigint AS "Rows"
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'm')
  AND c.reltuples >= 0
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_%'

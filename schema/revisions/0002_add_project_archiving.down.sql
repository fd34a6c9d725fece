-- revision: 0002
-- description: add project archiving
-- revises: 0001
--
-- Removes exactly what 0002 added: the index, then the three columns (their comments go
-- with them). The archiving data is lost.

DROP INDEX public.idx_projects_archived;

ALTER TABLE public.projects DROP COLUMN archived_by;
ALTER TABLE public.projects DROP COLUMN archived_at;
ALTER TABLE public.projects DROP COLUMN is_archived;

-- revision: 0002
-- description: add project archiving
-- revises: 0001
--
-- Archived projects stay in the database but leave the active lists. ADD COLUMN with a
-- constant default does not rewrite the table (PostgreSQL 11+ stores the default in the
-- catalog), so this is cheap even on a large projects table.

ALTER TABLE public.projects ADD COLUMN is_archived boolean NOT NULL DEFAULT false;
ALTER TABLE public.projects ADD COLUMN archived_at timestamptz;
ALTER TABLE public.projects ADD COLUMN archived_by uuid;

CREATE INDEX idx_projects_archived ON public.projects USING btree (is_archived);

COMMENT ON COLUMN public.projects.is_archived IS 'True when the project is archived and hidden from active lists.';
COMMENT ON COLUMN public.projects.archived_at IS 'When the project was archived; NULL while it is not.';
COMMENT ON COLUMN public.projects.archived_by IS 'Id of the user who archived the project; NULL while it is not archived.';

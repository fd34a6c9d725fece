-- projects: one row per survey job; every spatial record of the office hangs off a project.
-- The archiving columns (revision 0002) come last because ALTER TABLE ... ADD COLUMN appends:
-- declaring them anywhere else would make a database built from the revision chain differ
-- from this file in column order.

CREATE TABLE public.projects (
    id              uuid                        NOT NULL DEFAULT uuid_generate_v4(),
    project_number  varchar(50)                 NOT NULL,
    name            varchar(255)                NOT NULL,
    client          varchar(255),
    description     text,
    status          varchar(20)                 NOT NULL DEFAULT 'active',
    county          varchar(100),
    project_manager varchar(100),
    start_date      date,
    due_date        date,
    boundary        geometry(MultiPolygon, 2277),
    metadata        jsonb                       NOT NULL DEFAULT '{}'::jsonb,
    -- Generated so that the index can never disagree with the row; to_tsvector with an
    -- explicit regconfig is immutable, which a stored generated column requires.
    search          tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('simple'::regconfig, coalesce(project_number, '')), 'A')
                        || setweight(to_tsvector('english'::regconfig, coalesce(name, '')), 'A')
                        || setweight(to_tsvector('english'::regconfig, coalesce(client, '')), 'B')
                        || setweight(to_tsvector('english'::regconfig, coalesce(county, '')), 'B')
                        || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'C')
                    ) STORED,
    created_at      timestamptz                 NOT NULL DEFAULT now(),
    updated_at      timestamptz                 NOT NULL DEFAULT now(),
    is_archived     boolean                     NOT NULL DEFAULT false,
    archived_at     timestamptz,
    archived_by     uuid,
    CONSTRAINT pk_projects PRIMARY KEY (id),
    CONSTRAINT uq_projects_project_number UNIQUE (project_number),
    CONSTRAINT ck_projects_status
        CHECK (status IN ('proposed', 'active', 'on_hold', 'completed', 'cancelled')),
    CONSTRAINT ck_projects_due_after_start
        CHECK (due_date IS NULL OR start_date IS NULL OR due_date >= start_date)
);

CREATE INDEX idx_projects_status ON public.projects USING btree (status);
CREATE INDEX idx_projects_boundary ON public.projects USING gist (boundary);
CREATE INDEX idx_projects_search ON public.projects USING gin (search);
CREATE INDEX idx_projects_archived ON public.projects USING btree (is_archived);

COMMENT ON TABLE public.projects IS 'Survey jobs: one row per project; survey points, easements, alignments and hatches belong to a project.';
COMMENT ON COLUMN public.projects.id IS 'Surrogate key (uuid v4).';
COMMENT ON COLUMN public.projects.project_number IS 'Office job number, unique across all projects (e.g. 2024-0137).';
COMMENT ON COLUMN public.projects.name IS 'Project name as shown on drawings and invoices.';
COMMENT ON COLUMN public.projects.client IS 'Client (person or organisation) who ordered the survey.';
COMMENT ON COLUMN public.projects.description IS 'Scope of work in free text.';
COMMENT ON COLUMN public.projects.status IS 'Lifecycle state: proposed, active, on_hold, completed or cancelled.';
COMMENT ON COLUMN public.projects.county IS 'County the project lies in (deed and plat records are filed per county).';
COMMENT ON COLUMN public.projects.project_manager IS 'Registered surveyor or manager responsible for the project.';
COMMENT ON COLUMN public.projects.start_date IS 'Date field work started or is planned to start.';
COMMENT ON COLUMN public.projects.due_date IS 'Date the deliverables are due; not before start_date.';
COMMENT ON COLUMN public.projects.boundary IS 'Project boundary, NAD83 / Texas Central (ftUS), SRID 2277.';
COMMENT ON COLUMN public.projects.metadata IS 'Free-form project attributes (JSON object) that have no column of their own.';
COMMENT ON COLUMN public.projects.search IS 'Full-text search vector over number, name, client, county and description; generated, never written.';
COMMENT ON COLUMN public.projects.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.projects.updated_at IS 'When the row was last changed; set by the application.';
COMMENT ON COLUMN public.projects.is_archived IS 'True when the project is archived and hidden from active lists.';
COMMENT ON COLUMN public.projects.archived_at IS 'When the project was archived; NULL while it is not.';
COMMENT ON COLUMN public.projects.archived_by IS 'Id of the user who archived the project; NULL while it is not archived.';

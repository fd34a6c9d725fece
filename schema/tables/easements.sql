-- easements: recorded rights over land found or mapped within a project.

CREATE TABLE public.easements (
    id                uuid                          NOT NULL DEFAULT uuid_generate_v4(),
    project_id        uuid                          NOT NULL,
    easement_type     varchar(50)                   NOT NULL,
    grantor           varchar(255),
    grantee           varchar(255),
    recording_number  varchar(50),
    recording_date    date,
    width             numeric(10, 2),
    geom              geometry(MultiPolygon, 2277),
    legal_description text,
    created_at        timestamptz                   NOT NULL DEFAULT now(),
    updated_at        timestamptz                   NOT NULL DEFAULT now(),
    CONSTRAINT pk_easements PRIMARY KEY (id),
    -- Easements are mapped for one project; they go with it.
    CONSTRAINT fk_easements_project FOREIGN KEY (project_id)
        REFERENCES public.projects (id) ON DELETE CASCADE,
    CONSTRAINT ck_easements_width CHECK (width > 0)
);

CREATE INDEX idx_easements_project_id ON public.easements USING btree (project_id);
CREATE INDEX idx_easements_recording_number ON public.easements USING btree (recording_number);
CREATE INDEX idx_easements_geom ON public.easements USING gist (geom);

COMMENT ON TABLE public.easements IS 'Recorded easements (utility, drainage, access, ...) within a project, with their recording data and extent.';
COMMENT ON COLUMN public.easements.id IS 'Surrogate key (uuid v4).';
COMMENT ON COLUMN public.easements.project_id IS 'Project the easement was mapped for; deleted with it.';
COMMENT ON COLUMN public.easements.easement_type IS 'Kind of easement (utility, drainage, access, pipeline, ...).';
COMMENT ON COLUMN public.easements.grantor IS 'Party granting the easement.';
COMMENT ON COLUMN public.easements.grantee IS 'Party receiving the easement.';
COMMENT ON COLUMN public.easements.recording_number IS 'County clerk instrument or volume/page number of the recorded document.';
COMMENT ON COLUMN public.easements.recording_date IS 'Date the instrument was recorded.';
COMMENT ON COLUMN public.easements.width IS 'Nominal width in feet; positive when given.';
COMMENT ON COLUMN public.easements.geom IS 'Extent of the easement, SRID 2277; NULL until mapped.';
COMMENT ON COLUMN public.easements.legal_description IS 'Metes-and-bounds or other legal description as recorded.';
COMMENT ON COLUMN public.easements.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.easements.updated_at IS 'When the row was last changed; set by the application.';

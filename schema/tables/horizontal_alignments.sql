-- horizontal_alignments: stationed centrelines of roads, railways and utilities.

CREATE TABLE public.horizontal_alignments (
    id             uuid                        NOT NULL DEFAULT uuid_generate_v4(),
    project_id     uuid                        NOT NULL,
    name           varchar(100)                NOT NULL,
    alignment_type varchar(20)                 NOT NULL,
    description    text,
    start_station  numeric(12, 4)              NOT NULL,
    end_station    numeric(12, 4)              NOT NULL,
    design_speed   integer,
    geom           geometry(LineStringZ, 2277) NOT NULL,
    created_at     timestamptz                 NOT NULL DEFAULT now(),
    updated_at     timestamptz                 NOT NULL DEFAULT now(),
    CONSTRAINT pk_horizontal_alignments PRIMARY KEY (id),
    -- Its leading column also serves the foreign key on project_id: no separate index.
    CONSTRAINT uq_horizontal_alignments_project_name UNIQUE (project_id, name),
    -- An alignment is designed for one project; it goes with it.
    CONSTRAINT fk_horizontal_alignments_project FOREIGN KEY (project_id)
        REFERENCES public.projects (id) ON DELETE CASCADE,
    CONSTRAINT ck_horizontal_alignments_type
        CHECK (alignment_type IN ('road', 'rail', 'trail', 'utility', 'baseline')),
    CONSTRAINT ck_horizontal_alignments_stations CHECK (end_station > start_station),
    CONSTRAINT ck_horizontal_alignments_design_speed CHECK (design_speed > 0)
);

CREATE INDEX idx_horizontal_alignments_geom ON public.horizontal_alignments USING gist (geom);

COMMENT ON TABLE public.horizontal_alignments IS 'Horizontal alignments (road, rail, trail, utility, baseline) with their stationing.';
COMMENT ON COLUMN public.horizontal_alignments.id IS 'Surrogate key (uuid v4).';
COMMENT ON COLUMN public.horizontal_alignments.project_id IS 'Project the alignment belongs to; deleted with it.';
COMMENT ON COLUMN public.horizontal_alignments.name IS 'Alignment name (e.g. FM 1431 CL), unique within the project.';
COMMENT ON COLUMN public.horizontal_alignments.alignment_type IS 'Kind of alignment: road, rail, trail, utility or baseline.';
COMMENT ON COLUMN public.horizontal_alignments.description IS 'Free-text notes on the alignment.';
COMMENT ON COLUMN public.horizontal_alignments.start_station IS 'Station at the start, in feet (10+00.00 is stored as 1000.0000).';
COMMENT ON COLUMN public.horizontal_alignments.end_station IS 'Station at the end, in feet; greater than start_station.';
COMMENT ON COLUMN public.horizontal_alignments.design_speed IS 'Design speed in mph for road and rail alignments; positive when given.';
COMMENT ON COLUMN public.horizontal_alignments.geom IS 'Alignment geometry with elevations, SRID 2277.';
COMMENT ON COLUMN public.horizontal_alignments.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.horizontal_alignments.updated_at IS 'When the row was last changed; set by the application.';

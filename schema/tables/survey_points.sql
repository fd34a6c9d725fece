-- survey_points: every observed or computed point of a project.

CREATE TABLE public.survey_points (
    id                  uuid                    NOT NULL DEFAULT uuid_generate_v4(),
    project_id          uuid                    NOT NULL,
    point_number        varchar(20)             NOT NULL,
    northing            numeric(14, 4)          NOT NULL,
    easting             numeric(14, 4)          NOT NULL,
    elevation           numeric(10, 4),
    geom                geometry(PointZ, 2277)  NOT NULL,
    point_code          varchar(20),
    description         text,
    horizontal_accuracy numeric(8, 4),
    vertical_accuracy   numeric(8, 4),
    survey_method       varchar(30),
    is_control          boolean                 NOT NULL DEFAULT false,
    surveyed_at         timestamptz,
    surveyed_by         varchar(100),
    attributes          jsonb                   NOT NULL DEFAULT '{}'::jsonb,
    created_at          timestamptz             NOT NULL DEFAULT now(),
    updated_at          timestamptz             NOT NULL DEFAULT now(),
    CONSTRAINT pk_survey_points PRIMARY KEY (id),
    -- Its leading column also serves the foreign key on project_id: no separate index.
    CONSTRAINT uq_survey_points_project_point_number UNIQUE (project_id, point_number),
    -- Points mean nothing without their project.
    CONSTRAINT fk_survey_points_project FOREIGN KEY (project_id)
        REFERENCES public.projects (id) ON DELETE CASCADE,
    -- A code in use is retired (attribute_codes.is_active), never deleted; a renamed code
    -- follows into the points.
    CONSTRAINT fk_survey_points_point_code FOREIGN KEY (point_code)
        REFERENCES public.attribute_codes (code) ON UPDATE CASCADE ON DELETE RESTRICT,
    CONSTRAINT ck_survey_points_horizontal_accuracy CHECK (horizontal_accuracy >= 0),
    CONSTRAINT ck_survey_points_vertical_accuracy CHECK (vertical_accuracy >= 0)
);

CREATE INDEX idx_survey_points_point_code ON public.survey_points USING btree (point_code);
CREATE INDEX idx_survey_points_geom ON public.survey_points USING gist (geom);

COMMENT ON TABLE public.survey_points IS 'Observed or computed survey points of a project, in NAD83 / Texas Central (ftUS), SRID 2277.';
COMMENT ON COLUMN public.survey_points.id IS 'Surrogate key (uuid v4).';
COMMENT ON COLUMN public.survey_points.project_id IS 'Project the point belongs to; the point is deleted with it.';
COMMENT ON COLUMN public.survey_points.point_number IS 'Point number from the data collector, unique within the project.';
COMMENT ON COLUMN public.survey_points.northing IS 'Grid northing in US survey feet.';
COMMENT ON COLUMN public.survey_points.easting IS 'Grid easting in US survey feet.';
COMMENT ON COLUMN public.survey_points.elevation IS 'Elevation in US survey feet; NULL when not observed vertically.';
COMMENT ON COLUMN public.survey_points.geom IS 'Point geometry (X = easting, Y = northing, Z = elevation), SRID 2277.';
COMMENT ON COLUMN public.survey_points.point_code IS 'Field code (attribute_codes.code) describing what was shot.';
COMMENT ON COLUMN public.survey_points.description IS 'Free-text note from the crew.';
COMMENT ON COLUMN public.survey_points.horizontal_accuracy IS 'Horizontal precision estimate in feet; not negative.';
COMMENT ON COLUMN public.survey_points.vertical_accuracy IS 'Vertical precision estimate in feet; not negative.';
COMMENT ON COLUMN public.survey_points.survey_method IS 'How the point was obtained (GNSS RTK, total station, level, computed, ...).';
COMMENT ON COLUMN public.survey_points.is_control IS 'True for control points (benchmarks, traverse stations).';
COMMENT ON COLUMN public.survey_points.surveyed_at IS 'When the point was observed in the field.';
COMMENT ON COLUMN public.survey_points.surveyed_by IS 'Crew chief or instrument operator who observed the point.';
COMMENT ON COLUMN public.survey_points.attributes IS 'Code-specific attributes (size, material, condition) as JSON.';
COMMENT ON COLUMN public.survey_points.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.survey_points.updated_at IS 'When the row was last changed; set by the application.';

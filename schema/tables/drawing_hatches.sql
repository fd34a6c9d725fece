-- drawing_hatches: filled areas of the project drawings (pavement, buildings, water).

CREATE TABLE public.drawing_hatches (
    id         uuid                          NOT NULL DEFAULT uuid_generate_v4(),
    project_id uuid                          NOT NULL,
    layer      varchar(100)                  NOT NULL,
    pattern    varchar(50)                   NOT NULL,
    scale      numeric(10, 4)                NOT NULL DEFAULT 1,
    angle      numeric(7, 4)                 NOT NULL DEFAULT 0,
    geom       geometry(MultiPolygon, 2277)  NOT NULL,
    created_at timestamptz                   NOT NULL DEFAULT now(),
    updated_at timestamptz                   NOT NULL DEFAULT now(),
    CONSTRAINT pk_drawing_hatches PRIMARY KEY (id),
    -- Hatches are drawing content of one project; they go with it.
    CONSTRAINT fk_drawing_hatches_project FOREIGN KEY (project_id)
        REFERENCES public.projects (id) ON DELETE CASCADE,
    CONSTRAINT ck_drawing_hatches_scale CHECK (scale > 0),
    CONSTRAINT ck_drawing_hatches_angle CHECK (angle >= 0 AND angle < 360)
);

CREATE INDEX idx_drawing_hatches_project_id ON public.drawing_hatches USING btree (project_id);
CREATE INDEX idx_drawing_hatches_geom ON public.drawing_hatches USING gist (geom);

COMMENT ON TABLE public.drawing_hatches IS 'Hatched areas of project drawings, with their CAD pattern, scale, angle and layer.';
COMMENT ON COLUMN public.drawing_hatches.id IS 'Surrogate key (uuid v4).';
COMMENT ON COLUMN public.drawing_hatches.project_id IS 'Project whose drawing holds the hatch; deleted with it.';
COMMENT ON COLUMN public.drawing_hatches.layer IS 'CAD layer the hatch is drawn on.';
COMMENT ON COLUMN public.drawing_hatches.pattern IS 'CAD hatch pattern name (e.g. ANSI31, SOLID, GRAVEL).';
COMMENT ON COLUMN public.drawing_hatches.scale IS 'Pattern scale factor; positive.';
COMMENT ON COLUMN public.drawing_hatches.angle IS 'Pattern rotation in degrees, from 0 up to (not including) 360.';
COMMENT ON COLUMN public.drawing_hatches.geom IS 'Hatched area, SRID 2277.';
COMMENT ON COLUMN public.drawing_hatches.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.drawing_hatches.updated_at IS 'When the row was last changed; set by the application.';

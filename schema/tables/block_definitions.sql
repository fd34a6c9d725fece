-- block_definitions: the CAD blocks (symbols) the drafting software inserts for coded points.

CREATE TABLE public.block_definitions (
    id              uuid                    NOT NULL DEFAULT uuid_generate_v4(),
    name            varchar(100)            NOT NULL,
    description     text,
    category        varchar(50),
    base_point      geometry(PointZ, 2277),
    insertion_scale numeric(10, 4)          NOT NULL DEFAULT 1,
    attributes      jsonb                   NOT NULL DEFAULT '{}'::jsonb,
    created_at      timestamptz             NOT NULL DEFAULT now(),
    updated_at      timestamptz             NOT NULL DEFAULT now(),
    CONSTRAINT pk_block_definitions PRIMARY KEY (id),
    CONSTRAINT uq_block_definitions_name UNIQUE (name),
    CONSTRAINT ck_block_definitions_insertion_scale CHECK (insertion_scale > 0)
);

CREATE INDEX idx_block_definitions_category ON public.block_definitions USING btree (category);
CREATE INDEX idx_block_definitions_base_point ON public.block_definitions USING gist (base_point);

COMMENT ON TABLE public.block_definitions IS 'CAD block definitions (symbols such as fire hydrants or iron rods) inserted for coded survey points.';
COMMENT ON COLUMN public.block_definitions.id IS 'Surrogate key (uuid v4).';
COMMENT ON COLUMN public.block_definitions.name IS 'Block name as known to the CAD software; unique.';
COMMENT ON COLUMN public.block_definitions.description IS 'What the block depicts.';
COMMENT ON COLUMN public.block_definitions.category IS 'Grouping for block libraries (utilities, monuments, vegetation, ...).';
COMMENT ON COLUMN public.block_definitions.base_point IS 'Insertion base point of the block, SRID 2277 with Z.';
COMMENT ON COLUMN public.block_definitions.insertion_scale IS 'Default scale factor applied when the block is inserted; positive.';
COMMENT ON COLUMN public.block_definitions.attributes IS 'Block attribute definitions (tag, prompt, default) as JSON.';
COMMENT ON COLUMN public.block_definitions.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.block_definitions.updated_at IS 'When the row was last changed; set by the application.';

-- attribute_codes: the field-code lookup. A crew types a code (IRF, FH, EP) into the data
-- collector; the code decides the description, CAD layer and block of the point.

CREATE TABLE public.attribute_codes (
    code        varchar(20)     NOT NULL,
    description varchar(255)    NOT NULL,
    category    varchar(50),
    layer       varchar(100),
    block_id    uuid,
    is_active   boolean         NOT NULL DEFAULT true,
    created_at  timestamptz     NOT NULL DEFAULT now(),
    updated_at  timestamptz     NOT NULL DEFAULT now(),
    CONSTRAINT pk_attribute_codes PRIMARY KEY (code),
    -- A block may be retired without losing the codes that used it: the code simply
    -- stops inserting a symbol.
    CONSTRAINT fk_attribute_codes_block FOREIGN KEY (block_id)
        REFERENCES public.block_definitions (id) ON DELETE SET NULL
);

CREATE INDEX idx_attribute_codes_block_id ON public.attribute_codes USING btree (block_id);

COMMENT ON TABLE public.attribute_codes IS 'Field codes typed by survey crews; each maps to a description, CAD layer and optional block.';
COMMENT ON COLUMN public.attribute_codes.code IS 'The field code itself (e.g. IRF, FH, EP); primary key.';
COMMENT ON COLUMN public.attribute_codes.description IS 'What the code means (e.g. Iron rod found).';
COMMENT ON COLUMN public.attribute_codes.category IS 'Grouping of codes (boundary, topo, utility, control, ...).';
COMMENT ON COLUMN public.attribute_codes.layer IS 'CAD layer points with this code are drawn on.';
COMMENT ON COLUMN public.attribute_codes.block_id IS 'Block inserted at points with this code; NULL for none.';
COMMENT ON COLUMN public.attribute_codes.is_active IS 'False when the code is retired: kept for old points, hidden from data collectors.';
COMMENT ON COLUMN public.attribute_codes.created_at IS 'When the row was created.';
COMMENT ON COLUMN public.attribute_codes.updated_at IS 'When the row was last changed; set by the application.';

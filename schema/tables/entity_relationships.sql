-- entity_relationships: typed links between any two records (a point monumenting an
-- easement corner, a hatch filling a block, ...). The ends are polymorphic (type + id),
-- so no foreign key can guard them: the application keeps them consistent.

CREATE TABLE public.entity_relationships (
    id                 uuid         NOT NULL DEFAULT uuid_generate_v4(),
    source_entity_type varchar(50)  NOT NULL,
    source_entity_id   uuid         NOT NULL,
    target_entity_type varchar(50)  NOT NULL,
    target_entity_id   uuid         NOT NULL,
    relationship_type  varchar(50)  NOT NULL,
    properties         jsonb        NOT NULL DEFAULT '{}'::jsonb,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT pk_entity_relationships PRIMARY KEY (id),
    -- Its leading columns also serve lookups by source: no separate index.
    CONSTRAINT uq_entity_relationships_link
        UNIQUE (source_entity_type, source_entity_id, target_entity_type, target_entity_id, relationship_type),
    CONSTRAINT ck_entity_relationships_source_not_target
        CHECK (source_entity_type <> target_entity_type OR source_entity_id <> target_entity_id)
);

CREATE INDEX idx_entity_relationships_target
    ON public.entity_relationships USING btree (target_entity_type, target_entity_id);

COMMENT ON TABLE public.entity_relationships IS 'Typed links between any two records, identified by entity type and id; a record never links to itself.';
COMMENT ON COLUMN public.entity_relationships.id IS 'Surrogate key (uuid v4).';
COMMENT ON COLUMN public.entity_relationships.source_entity_type IS 'Table or entity kind of the source record (e.g. survey_point).';
COMMENT ON COLUMN public.entity_relationships.source_entity_id IS 'Id of the source record.';
COMMENT ON COLUMN public.entity_relationships.target_entity_type IS 'Table or entity kind of the target record (e.g. easement).';
COMMENT ON COLUMN public.entity_relationships.target_entity_id IS 'Id of the target record.';
COMMENT ON COLUMN public.entity_relationships.relationship_type IS 'Meaning of the link (monuments, lies_within, fills, ...).';
COMMENT ON COLUMN public.entity_relationships.properties IS 'Attributes of the link itself as JSON.';
COMMENT ON COLUMN public.entity_relationships.created_at IS 'When the link was created.';

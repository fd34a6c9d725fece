-- revision: 0001
-- description: initial schema
-- revises: none
--
-- Baseline taken over from the Alembic chain: the extensions and the ten tables of the
-- Survey Data System, without the project archiving columns (0002). Runs inside the
-- transaction the runner opens; no transaction control here.

CREATE EXTENSION IF NOT EXISTS postgis WITH SCHEMA public;

CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA public;

-- ---------------------------------------------------------------------------
-- projects: one row per survey job; every spatial record of the office hangs off a project.

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

-- ---------------------------------------------------------------------------
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

-- ---------------------------------------------------------------------------
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

-- ---------------------------------------------------------------------------
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

-- ---------------------------------------------------------------------------
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

-- ---------------------------------------------------------------------------
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

-- ---------------------------------------------------------------------------
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

-- ---------------------------------------------------------------------------
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

-- ---------------------------------------------------------------------------
-- audit_log: append-only record of data changes. An identity key rather than a uuid keeps
-- the entries in insertion order and the index small.

CREATE TABLE public.audit_log (
    id          bigint       GENERATED ALWAYS AS IDENTITY,
    table_name  varchar(63)  NOT NULL,
    record_id   text         NOT NULL,
    action      varchar(10)  NOT NULL,
    old_values  jsonb,
    new_values  jsonb,
    changed_by  uuid,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT pk_audit_log PRIMARY KEY (id),
    CONSTRAINT ck_audit_log_action CHECK (action IN ('INSERT', 'UPDATE', 'DELETE'))
);

CREATE INDEX idx_audit_log_table_record ON public.audit_log USING btree (table_name, record_id);
CREATE INDEX idx_audit_log_created_at ON public.audit_log USING btree (created_at);

COMMENT ON TABLE public.audit_log IS 'Append-only log of inserts, updates and deletes: which record, what changed, who and when.';
COMMENT ON COLUMN public.audit_log.id IS 'Identity key; increases with insertion order.';
COMMENT ON COLUMN public.audit_log.table_name IS 'Table the changed record lives in.';
COMMENT ON COLUMN public.audit_log.record_id IS 'Key of the changed record as text (uuid, or the code of attribute_codes).';
COMMENT ON COLUMN public.audit_log.action IS 'INSERT, UPDATE or DELETE.';
COMMENT ON COLUMN public.audit_log.old_values IS 'Row before the change as JSON; NULL for INSERT.';
COMMENT ON COLUMN public.audit_log.new_values IS 'Row after the change as JSON; NULL for DELETE.';
COMMENT ON COLUMN public.audit_log.changed_by IS 'Id of the user who made the change; NULL for system changes.';
COMMENT ON COLUMN public.audit_log.created_at IS 'When the change was made.';

-- ---------------------------------------------------------------------------
-- ai_query_cache: answers of the natural-language query assistant, keyed by a hash of the
-- normalised question so that repeated questions cost nothing.

CREATE TABLE public.ai_query_cache (
    id          uuid          NOT NULL DEFAULT uuid_generate_v4(),
    query_hash  char(64)      NOT NULL,
    query_text  text          NOT NULL,
    result      jsonb         NOT NULL,
    model       varchar(100),
    hit_count   integer       NOT NULL DEFAULT 0,
    last_hit_at timestamptz,
    expires_at  timestamptz,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT pk_ai_query_cache PRIMARY KEY (id),
    CONSTRAINT uq_ai_query_cache_query_hash UNIQUE (query_hash),
    CONSTRAINT ck_ai_query_cache_query_hash CHECK (query_hash ~ '^[0-9a-f]{64}$'),
    CONSTRAINT ck_ai_query_cache_hit_count CHECK (hit_count >= 0)
);

-- Expired entries are purged by range scans on expiry.
CREATE INDEX idx_ai_query_cache_expires_at ON public.ai_query_cache USING btree (expires_at);

COMMENT ON TABLE public.ai_query_cache IS 'Cache of AI assistant answers, keyed by the SHA-256 of the normalised query.';
COMMENT ON COLUMN public.ai_query_cache.id IS 'Surrogate key (uuid v4).';
COMMENT ON COLUMN public.ai_query_cache.query_hash IS 'SHA-256 of the normalised query, 64 lowercase hex digits; unique.';
COMMENT ON COLUMN public.ai_query_cache.query_text IS 'The query as asked.';
COMMENT ON COLUMN public.ai_query_cache.result IS 'The cached answer as JSON.';
COMMENT ON COLUMN public.ai_query_cache.model IS 'Model that produced the answer.';
COMMENT ON COLUMN public.ai_query_cache.hit_count IS 'How many times the cached answer was served; not negative.';
COMMENT ON COLUMN public.ai_query_cache.last_hit_at IS 'When the answer was last served from the cache.';
COMMENT ON COLUMN public.ai_query_cache.expires_at IS 'When the entry goes stale; NULL for never.';
COMMENT ON COLUMN public.ai_query_cache.created_at IS 'When the answer was cached.';

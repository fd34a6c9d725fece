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

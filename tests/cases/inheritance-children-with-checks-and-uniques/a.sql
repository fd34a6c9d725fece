CREATE TABLE public.bindings (
    id bigserial,
    kind text NOT NULL,
    target_id bigint NOT NULL
);

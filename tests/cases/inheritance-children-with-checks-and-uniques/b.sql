CREATE TABLE public.bindings (
    id bigserial,
    kind text NOT NULL,
    target_id bigint NOT NULL
);
CREATE TABLE public.bindings_a (
    CONSTRAINT "kind must be A" CHECK (kind = 'A'),
    UNIQUE (target_id, kind)
) INHERITS (public.bindings);
CREATE TABLE public.bindings_b (
    CONSTRAINT "kind must be B" CHECK (kind = 'B'),
    UNIQUE (target_id, kind)
) INHERITS (public.bindings);
CREATE TABLE public.bindings_c (
    CONSTRAINT "kind must be C" CHECK (kind = 'C'),
    UNIQUE (target_id, kind)
) INHERITS (public.bindings);

CREATE TABLE public.readings (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    station text NOT NULL,
    taken_at timestamp with time zone NOT NULL,
    value double precision
);

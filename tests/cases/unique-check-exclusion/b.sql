CREATE TABLE public.t (id integer PRIMARY KEY, a integer CONSTRAINT t_a_key UNIQUE CONSTRAINT t_a_check CHECK (a > 0), r int4range, EXCLUDE USING gist (r WITH &&));

CREATE TABLE public.t();

CREATE TABLE public.generated_demo (
    id serial PRIMARY KEY,
    first_col text NULL GENERATED ALWAYS AS ('the generated value') STORED,
    second_col text
);

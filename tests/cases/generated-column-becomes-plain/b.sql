CREATE TABLE public.generated_demo (
    id serial PRIMARY KEY,
    first_col text,
    second_col text NULL GENERATED ALWAYS AS ('the generated value') STORED
);

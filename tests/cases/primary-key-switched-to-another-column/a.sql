CREATE TABLE public."Plots" (
    "Id" integer NOT NULL PRIMARY KEY,
    ref text NOT NULL
);
CREATE UNIQUE INDEX plots_ref_idx ON public."Plots" (ref);

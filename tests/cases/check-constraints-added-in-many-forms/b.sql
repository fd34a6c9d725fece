CREATE TABLE public.wells (
    "ID" integer PRIMARY KEY,
    name varchar(255),
    "Depth" bigint,
    CHECK ("Depth" > "ID"), CHECK ("Depth" IS NOT NULL), CHECK ("Depth" > 0),
    CHECK (to_timestamp("ID") <= CURRENT_TIMESTAMP)
);
ALTER TABLE public.wells ADD CONSTRAINT "DEPTH_CHECK" CHECK ("Depth" < 100000);
ALTER TABLE public.wells ADD CONSTRAINT wells_no_inherit CHECK ("Depth" <> 7) NO INHERIT;
ALTER TABLE public.wells ADD CONSTRAINT wells_not_valid_no_inherit CHECK ("Depth" <> 8) NO INHERIT NOT VALID;

CREATE TABLE public."Gauges" (
    id integer PRIMARY KEY,
    "Label" varchar(255),
    reading text UNIQUE,
    slot integer
);
CREATE INDEX gauges_label_hash ON public."Gauges" USING hash ("Label");
CREATE UNIQUE INDEX gauges_reading_slot ON public."Gauges" (reading DESC, slot);
CREATE INDEX "Gauges_Mixed_idx" ON public."Gauges" (id DESC, "Label");
CREATE INDEX gauges_lower_label ON public."Gauges" (lower("Label")) WHERE slot > 0;
CREATE INDEX gauges_slot_incl ON public."Gauges" (slot) INCLUDE (reading);

CREATE TABLE public.rectangles (
    w numeric NOT NULL,
    h numeric NOT NULL,
    area numeric GENERATED ALWAYS AS (round(w * h, 2)) STORED,
    perimeter numeric GENERATED ALWAYS AS (2 * (w + h)) STORED
);

CREATE INDEX rectangles_area ON public.rectangles (area);

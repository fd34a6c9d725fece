CREATE TABLE public.ledger (id serial PRIMARY KEY, label text);

CREATE VIEW public.ledger_labels AS SELECT label FROM public.ledger;

CREATE VIEW public.ledger_labels_upper AS SELECT upper(label) AS label FROM public.ledger_labels;

CREATE VIEW public.ledger_labels_short AS SELECT left(label, 3) AS label FROM public.ledger_labels_upper;

CREATE FUNCTION public.labels_matching(pattern text) RETURNS TABLE(label text)
    LANGUAGE sql STABLE
    AS $$ SELECT label FROM public.ledger_labels_upper WHERE label LIKE pattern $$;

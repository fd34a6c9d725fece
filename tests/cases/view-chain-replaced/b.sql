CREATE TABLE public.ledger (id serial PRIMARY KEY, label text);

CREATE VIEW public.ledger_summary AS SELECT label, 'x'::text AS marker FROM public.ledger;

CREATE VIEW public.ledger_summary_plain AS SELECT label FROM public.ledger_summary;

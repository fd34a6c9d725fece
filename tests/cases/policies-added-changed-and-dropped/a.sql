CREATE TABLE public.cases (
    id integer PRIMARY KEY,
    owner_name text NOT NULL,
    level integer NOT NULL,
    closed_at timestamp
);
ALTER TABLE public.cases ENABLE ROW LEVEL SECURITY;
CREATE POLICY cases_insert ON public.cases AS PERMISSIVE FOR INSERT TO PUBLIC WITH CHECK (level > 0);
CREATE POLICY cases_doomed ON public.cases AS RESTRICTIVE FOR SELECT TO PUBLIC USING (closed_at IS NULL AND level * 2 > 0);
CREATE POLICY cases_update ON public.cases FOR UPDATE USING (owner_name = current_user);

CREATE TABLE public.cases (
    id integer PRIMARY KEY,
    owner_name text NOT NULL,
    level integer NOT NULL,
    closed_at timestamp
);
ALTER TABLE public.cases ENABLE ROW LEVEL SECURITY;
CREATE POLICY cases_insert ON public.cases AS PERMISSIVE FOR INSERT TO PUBLIC WITH CHECK (level > 1);
CREATE POLICY cases_update ON public.cases FOR UPDATE USING (owner_name = current_user) WITH CHECK (level < 10);
CREATE POLICY "Cases Select" ON public.cases AS RESTRICTIVE FOR SELECT TO case_reader, case_writer USING (true);
CREATE POLICY cases_all ON public.cases FOR ALL TO case_writer USING (owner_name = session_user);

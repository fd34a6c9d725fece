CREATE TABLE public.claims (id integer PRIMARY KEY, owner text, open boolean);
ALTER TABLE public.claims ENABLE ROW LEVEL SECURITY;
CREATE POLICY claims_open ON public.claims FOR SELECT TO surveyschema_case_policy_clerk USING (open);

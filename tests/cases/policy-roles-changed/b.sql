CREATE TABLE public.claims (id integer PRIMARY KEY, owner text, open boolean);
ALTER TABLE public.claims ENABLE ROW LEVEL SECURITY;
CREATE POLICY claims_open ON public.claims FOR SELECT TO surveyschema_case_policy_clerk, surveyschema_case_policy_auditor USING (open);
CREATE POLICY claims_own ON public.claims FOR UPDATE TO surveyschema_case_policy_clerk USING (owner = current_user) WITH CHECK (owner = current_user);
GRANT SELECT, UPDATE ON public.claims TO surveyschema_case_policy_clerk;

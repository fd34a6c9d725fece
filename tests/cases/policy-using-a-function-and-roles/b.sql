CREATE FUNCTION public.current_tenant() RETURNS text LANGUAGE sql STABLE AS $$ SELECT current_setting('app.tenant', true) $$;

CREATE TABLE public.tenants_data (tenant text, payload text);

ALTER TABLE public.tenants_data ENABLE ROW LEVEL SECURITY;

CREATE POLICY tenant_rows ON public.tenants_data FOR SELECT TO corpusa_app, corpusa_auditor
    USING (tenant = public.current_tenant());

CREATE POLICY tenant_writes ON public.tenants_data FOR UPDATE TO corpusa_app
    USING (tenant = public.current_tenant()) WITH CHECK (tenant = public.current_tenant());

GRANT SELECT, UPDATE ON public.tenants_data TO corpusa_app;
GRANT SELECT ON public.tenants_data TO corpusa_auditor;

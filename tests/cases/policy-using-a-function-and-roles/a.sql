CREATE TABLE public.tenants_data (tenant text, payload text);

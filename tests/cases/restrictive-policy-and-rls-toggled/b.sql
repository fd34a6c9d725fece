CREATE TABLE public.clients (manager text, company text, email text);

ALTER TABLE public.clients ENABLE ROW LEVEL SECURITY;

CREATE POLICY managers_only ON public.clients AS RESTRICTIVE TO corpusa_manager
    USING (manager = current_user);

CREATE TABLE public.clients_two (manager text, company text, email text);

ALTER TABLE public.clients_two ENABLE ROW LEVEL SECURITY;

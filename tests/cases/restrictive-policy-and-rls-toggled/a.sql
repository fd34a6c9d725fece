CREATE TABLE public.clients (manager text, company text, email text);

CREATE POLICY managers_only ON public.clients TO corpusa_manager USING (manager = current_user);

CREATE TABLE public.clients_two (manager text, company text, email text);
ALTER TABLE public.clients_two ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.clients_two FORCE ROW LEVEL SECURITY;

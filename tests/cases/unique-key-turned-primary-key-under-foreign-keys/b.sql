CREATE TABLE public.accounts (id integer NOT NULL, code text NOT NULL, CONSTRAINT accounts_pkey PRIMARY KEY (code));
CREATE TABLE public.orders (id integer PRIMARY KEY, account_code text REFERENCES public.accounts (code));
CREATE TABLE public.invoices (id integer PRIMARY KEY, account_code text, CONSTRAINT invoices_account_fk FOREIGN KEY (account_code) REFERENCES public.accounts (code) ON DELETE CASCADE);


CREATE UNLOGGED TABLE public.events (id integer PRIMARY KEY, payload text, serial_no serial);

-- the sequence behind serial_no follows its table (PostgreSQL 15 changes owned sequences with SET UNLOGGED)
CREATE UNLOGGED TABLE public.events (id integer PRIMARY KEY, payload text, serial_no serial);

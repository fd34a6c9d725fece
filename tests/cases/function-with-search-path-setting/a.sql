CREATE SCHEMA app;
CREATE TABLE app.items (id integer PRIMARY KEY);
CREATE FUNCTION app.item_total() RETURNS bigint LANGUAGE sql
    SET search_path = app
    AS $$ SELECT count(*) FROM items $$;

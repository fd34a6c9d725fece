CREATE SCHEMA app;
CREATE TABLE app.items (id integer PRIMARY KEY);
CREATE FUNCTION app.item_total() RETURNS bigint LANGUAGE sql
    SECURITY DEFINER
    SET search_path = app, pg_temp
    SET work_mem = '8MB'
    AS $$ SELECT count(*) FROM items $$;
CREATE FUNCTION app.unqualified() RETURNS bigint LANGUAGE plpgsql
    SET search_path = ''
    AS $$ BEGIN RETURN (SELECT count(*) FROM app.items); END $$;

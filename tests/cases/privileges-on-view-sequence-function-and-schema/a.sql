CREATE SCHEMA app;
CREATE TABLE app.items (id serial PRIMARY KEY, name text);
CREATE VIEW app.item_names AS SELECT name FROM app.items;
CREATE FUNCTION app.item_count() RETURNS bigint LANGUAGE sql RETURN (SELECT count(*) FROM app.items);

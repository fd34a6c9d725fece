CREATE SCHEMA old_area;
CREATE TABLE old_area."Sites" (
    id integer PRIMARY KEY
);

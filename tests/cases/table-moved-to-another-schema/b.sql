CREATE SCHEMA new_area;
CREATE TABLE new_area."Sites" (
    id integer PRIMARY KEY
);

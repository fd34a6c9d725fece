CREATE SCHEMA inventory;

CREATE TABLE inventory.items (id uuid, name text);

CREATE VIEW inventory.item_names AS SELECT * FROM inventory.items;

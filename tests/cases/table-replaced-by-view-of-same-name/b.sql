CREATE SCHEMA inventory;

CREATE TABLE inventory.items_store (id uuid, name text);

CREATE VIEW inventory.items AS SELECT * FROM inventory.items_store;

CREATE VIEW inventory.item_names AS SELECT * FROM inventory.items;

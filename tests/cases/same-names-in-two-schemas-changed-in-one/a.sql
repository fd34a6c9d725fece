CREATE SCHEMA billing;
CREATE SCHEMA shipping;

CREATE TABLE billing.orders (id integer PRIMARY KEY, amount numeric);
CREATE TABLE shipping.orders (id integer PRIMARY KEY, address text);

CREATE VIEW billing.order_view AS SELECT id FROM billing.orders;
CREATE VIEW shipping.order_view AS SELECT id FROM shipping.orders;

CREATE FUNCTION billing.total() RETURNS numeric LANGUAGE sql AS $$ SELECT sum(amount) FROM billing.orders $$;

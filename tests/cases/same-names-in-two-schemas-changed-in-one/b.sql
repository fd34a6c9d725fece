CREATE SCHEMA billing;
CREATE SCHEMA shipping;

CREATE TYPE billing.state AS ENUM ('open', 'paid');
CREATE TYPE shipping.state AS ENUM ('packed', 'sent');

CREATE TABLE billing.orders (id integer PRIMARY KEY, amount numeric, state billing.state);
CREATE TABLE shipping.orders (id integer PRIMARY KEY, address text, state shipping.state);

CREATE VIEW billing.order_view AS SELECT id, state FROM billing.orders;
CREATE VIEW shipping.order_view AS SELECT id FROM shipping.orders;

CREATE FUNCTION billing.total() RETURNS numeric LANGUAGE sql AS $$ SELECT sum(amount) FROM billing.orders $$;
CREATE FUNCTION shipping.total() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM shipping.orders $$;

CREATE INDEX orders_state_idx ON billing.orders (state);
CREATE INDEX orders_state_idx ON shipping.orders (state);

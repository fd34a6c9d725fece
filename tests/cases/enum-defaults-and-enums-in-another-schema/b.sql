CREATE TYPE public.order_state AS ENUM ('pending', 'processing', 'complete', 'rejected');

CREATE SCHEMA other;

CREATE TYPE other.flavour AS ENUM ('a', 'b', 'c');

CREATE TYPE other.texture AS ENUM ('a', 'b', 'c');

CREATE TABLE public.orders (
    id serial PRIMARY KEY,
    state public.order_state DEFAULT 'pending'::public.order_state,
    texture other.texture
);

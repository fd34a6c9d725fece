CREATE TYPE public.order_state AS ENUM ('pending', 'processing', 'complete');

CREATE TABLE public.orders (
    id serial PRIMARY KEY,
    state public.order_state DEFAULT 'pending'::public.order_state
);

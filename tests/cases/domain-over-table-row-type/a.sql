CREATE TABLE public.addresses (
    street text,
    city text,
    postcode text
);

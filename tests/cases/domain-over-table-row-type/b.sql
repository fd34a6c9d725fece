CREATE TABLE public.addresses (
    street text,
    city text,
    postcode text
);

-- A table's row type is a composite type; a domain over it adds the rule every address must keep.
CREATE DOMAIN public.address AS public.addresses
    CONSTRAINT address_has_city CHECK ((VALUE).city IS NOT NULL);

CREATE TABLE public.customers (
    id integer PRIMARY KEY,
    name text NOT NULL,
    home public.address,
    work public.address
);

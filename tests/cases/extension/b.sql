CREATE EXTENSION "uuid-ossp";
CREATE TABLE public.t (id uuid DEFAULT public.uuid_generate_v4() PRIMARY KEY);

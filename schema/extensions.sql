-- Extensions the Survey Data System needs.
-- postgis: geometry types and GIST operator classes for survey/CAD geometry (SRID 2277,
--   NAD83 / Texas Central, US survey feet).
-- uuid-ossp: uuid_generate_v4(), the default of every uuid key.
-- Both live in public, like every table, so unqualified type and function names resolve
-- under the default search_path.

CREATE EXTENSION IF NOT EXISTS postgis WITH SCHEMA public;

CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA public;

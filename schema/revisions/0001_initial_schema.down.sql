-- revision: 0001
-- description: initial schema
-- revises: none
--
-- Removes everything 0001 created. Tables go before the tables they reference, so no
-- CASCADE is needed; dropping a table drops its indexes, constraints, comments and its
-- identity sequence. The extensions go last, once nothing uses their types or functions.

DROP TABLE public.survey_points;
DROP TABLE public.easements;
DROP TABLE public.horizontal_alignments;
DROP TABLE public.drawing_hatches;
DROP TABLE public.attribute_codes;
DROP TABLE public.block_definitions;
DROP TABLE public.projects;
DROP TABLE public.entity_relationships;
DROP TABLE public.audit_log;
DROP TABLE public.ai_query_cache;

DROP EXTENSION "uuid-ossp";
DROP EXTENSION postgis;

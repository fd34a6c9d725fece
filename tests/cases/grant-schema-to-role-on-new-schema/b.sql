CREATE SCHEMA app;
GRANT USAGE, CREATE ON SCHEMA app TO surveyschema_case_schema_user;
CREATE SCHEMA reports;
GRANT USAGE ON SCHEMA reports TO surveyschema_case_schema_user;

CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES FOR ROLE surveyschema_case_app_owner IN SCHEMA app GRANT SELECT ON TABLES TO surveyschema_case_app_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE surveyschema_case_app_owner IN SCHEMA app GRANT USAGE ON TYPES TO surveyschema_case_app_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE surveyschema_case_app_owner GRANT EXECUTE ON FUNCTIONS TO surveyschema_case_app_reader WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES FOR ROLE surveyschema_case_app_owner GRANT USAGE ON SCHEMAS TO surveyschema_case_app_reader;

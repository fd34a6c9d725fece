CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES FOR ROLE surveyschema_case_app_owner IN SCHEMA app GRANT INSERT ON TABLES TO surveyschema_case_app_reader;

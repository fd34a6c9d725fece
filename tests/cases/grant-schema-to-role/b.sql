CREATE SCHEMA reporting;

CREATE TABLE reporting.daily_totals (
    day date PRIMARY KEY,
    total bigint NOT NULL
);

GRANT USAGE ON SCHEMA reporting TO app_reader;
GRANT USAGE, CREATE ON SCHEMA reporting TO app_writer;
GRANT SELECT ON TABLE reporting.daily_totals TO app_reader;

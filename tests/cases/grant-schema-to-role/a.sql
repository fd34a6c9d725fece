CREATE SCHEMA reporting;

CREATE TABLE reporting.daily_totals (
    day date PRIMARY KEY,
    total bigint NOT NULL
);

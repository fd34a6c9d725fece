CREATE TABLE public."Readings" (
    "Id" integer PRIMARY KEY,
    "Sensor_Name" varchar(255) DEFAULT 'a'
);
CREATE INDEX "Readings_Sensor_idx" ON public."Readings" ("Id", "Sensor_Name");

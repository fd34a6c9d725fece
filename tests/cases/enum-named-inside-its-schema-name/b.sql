CREATE SCHEMA moods;
CREATE TYPE moods.mood AS ENUM ('sad', 'happy');
CREATE TABLE moods.mood_log (
    id integer PRIMARY KEY,
    m moods.mood DEFAULT 'sad',
    history moods.mood[] DEFAULT '{}'
);

CREATE SCHEMA "Feelings";
CREATE TYPE "Feelings"."Feeling" AS ENUM ('calm', 'glad');
CREATE TABLE "Feelings"."Feeling log" (f "Feelings"."Feeling" DEFAULT 'calm');

CREATE SCHEMA moods;
CREATE TYPE moods.mood AS ENUM ('sad', 'meh', 'happy');
CREATE TABLE moods.mood_log (
    id integer PRIMARY KEY,
    m moods.mood DEFAULT 'sad',
    history moods.mood[] DEFAULT '{}'
);

CREATE SCHEMA "Feelings";
CREATE TYPE "Feelings"."Feeling" AS ENUM ('calm', 'tense', 'glad');
CREATE TABLE "Feelings"."Feeling log" (f "Feelings"."Feeling" DEFAULT 'calm');

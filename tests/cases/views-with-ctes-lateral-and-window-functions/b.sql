CREATE TABLE public.scores (player text, game integer, points integer);

CREATE VIEW public.ranked AS
WITH totals AS (
    SELECT player, sum(points) AS total FROM public.scores GROUP BY player
)
SELECT player, total, rank() OVER (ORDER BY total DESC) AS place FROM totals;

CREATE VIEW public.best_games AS
SELECT p.player, g.game, g.points
FROM (SELECT DISTINCT player FROM public.scores) p
CROSS JOIN LATERAL (
    SELECT s.game, s.points FROM public.scores s WHERE s.player = p.player ORDER BY s.points DESC LIMIT 1
) g;

CREATE VIEW public.numbered AS
SELECT t.value, t.n FROM unnest(ARRAY['a', 'b']) WITH ORDINALITY AS t(value, n);

CREATE MATERIALIZED VIEW public.ranked_snapshot AS SELECT * FROM public.ranked;

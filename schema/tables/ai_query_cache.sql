-- ai_query_cache: answers of the natural-language query assistant, keyed by a hash of the
-- normalised question so that repeated questions cost nothing.

CREATE TABLE public.ai_query_cache (
    id          uuid          NOT NULL DEFAULT uuid_generate_v4(),
    query_hash  char(64)      NOT NULL,
    query_text  text          NOT NULL,
    result      jsonb         NOT NULL,
    model       varchar(100),
    hit_count   integer       NOT NULL DEFAULT 0,
    last_hit_at timestamptz,
    expires_at  timestamptz,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT pk_ai_query_cache PRIMARY KEY (id),
    CONSTRAINT uq_ai_query_cache_query_hash UNIQUE (query_hash),
    CONSTRAINT ck_ai_query_cache_query_hash CHECK (query_hash ~ '^[0-9a-f]{64}$'),
    CONSTRAINT ck_ai_query_cache_hit_count CHECK (hit_count >= 0)
);

-- Expired entries are purged by range scans on expiry.
CREATE INDEX idx_ai_query_cache_expires_at ON public.ai_query_cache USING btree (expires_at);

COMMENT ON TABLE public.ai_query_cache IS 'Cache of AI assistant answers, keyed by the SHA-256 of the normalised query.';
COMMENT ON COLUMN public.ai_query_cache.id IS 'Surrogate key (uuid v4).';
COMMENT ON COLUMN public.ai_query_cache.query_hash IS 'SHA-256 of the normalised query, 64 lowercase hex digits; unique.';
COMMENT ON COLUMN public.ai_query_cache.query_text IS 'The query as asked.';
COMMENT ON COLUMN public.ai_query_cache.result IS 'The cached answer as JSON.';
COMMENT ON COLUMN public.ai_query_cache.model IS 'Model that produced the answer.';
COMMENT ON COLUMN public.ai_query_cache.hit_count IS 'How many times the cached answer was served; not negative.';
COMMENT ON COLUMN public.ai_query_cache.last_hit_at IS 'When the answer was last served from the cache.';
COMMENT ON COLUMN public.ai_query_cache.expires_at IS 'When the entry goes stale; NULL for never.';
COMMENT ON COLUMN public.ai_query_cache.created_at IS 'When the answer was cached.';

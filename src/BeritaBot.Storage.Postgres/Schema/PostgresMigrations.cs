namespace BeritaBot.Storage.Postgres.Schema;

/// <summary>The shared store's schema history. Never edit a released step: add a new one.</summary>
internal static class PostgresMigrations
{
    public const string VoterSaltKey = "voter_salt";

    public static IReadOnlyList<PostgresMigration> All { get; } =
    [
        new(1, "the editors' log: declines, votes, the add-phrasing audit", """
            CREATE TABLE settings (
                key text PRIMARY KEY,
                value bytea NOT NULL
            );
            CREATE TABLE declined_questions (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                asked_at timestamptz NOT NULL,
                platform text NOT NULL,
                question text NOT NULL,
                normalized text NOT NULL,
                best_card_id text NULL,
                best_confidence double precision NOT NULL,
                instance text NOT NULL
            );
            CREATE INDEX ix_declined_questions_asked_at ON declined_questions (asked_at);
            -- voter_hash is an HMAC of (voter, card, question) under the salt in settings: one vote per reader per
            -- answer across every instance, and nothing that identifies the reader.
            CREATE TABLE feedback_votes (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                voter_hash bytea NOT NULL UNIQUE,
                card_id text NOT NULL,
                question text NOT NULL,
                helpful boolean NOT NULL,
                platform text NOT NULL,
                voted_at timestamptz NOT NULL
            );
            CREATE INDEX ix_feedback_votes_voted_at ON feedback_votes (voted_at);
            CREATE TABLE phrasing_audit (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                at timestamptz NOT NULL,
                card_id text NOT NULL,
                question text NOT NULL,
                trigger text NOT NULL,
                succeeded boolean NOT NULL,
                message text NOT NULL,
                instance text NOT NULL
            );
            """),
        new(2, "button tokens, handled deliveries, conversation context", """
            CREATE TABLE button_tokens (
                token text PRIMARY KEY,
                payload text NOT NULL,
                expires_at timestamptz NOT NULL
            );
            CREATE INDEX ix_button_tokens_expires_at ON button_tokens (expires_at);
            -- state 0: claimed by owner until lease_until; 1: answered.
            CREATE TABLE handled_ids (
                scope text NOT NULL,
                id text NOT NULL,
                state smallint NOT NULL,
                owner text NOT NULL,
                lease_until timestamptz NOT NULL,
                touched_at timestamptz NOT NULL,
                PRIMARY KEY (scope, id)
            );
            CREATE INDEX ix_handled_ids_touched_at ON handled_ids (touched_at);
            CREATE TABLE conversation_context (
                conversation_key text PRIMARY KEY,
                context text NOT NULL,
                expires_at timestamptz NOT NULL
            );
            CREATE INDEX ix_conversation_context_expires_at ON conversation_context (expires_at);
            """),
        new(3, "instances and reloads", """
            CREATE TABLE instances (
                instance text PRIMARY KEY,
                started_at timestamptz NOT NULL,
                last_seen timestamptz NOT NULL,
                version text NULL
            );
            CREATE TABLE reload_requests (
                id uuid PRIMARY KEY,
                requested_at timestamptz NOT NULL,
                origin text NOT NULL,
                trigger text NOT NULL,
                version text NOT NULL
            );
            CREATE INDEX ix_reload_requests_requested_at ON reload_requests (requested_at);
            CREATE TABLE reload_outcomes (
                request_id uuid NOT NULL REFERENCES reload_requests (id) ON DELETE CASCADE,
                instance text NOT NULL,
                succeeded boolean NOT NULL,
                version text NULL,
                message text NOT NULL,
                at timestamptz NOT NULL,
                PRIMARY KEY (request_id, instance)
            );
            """),
        new(4, "connection start turns and budgets, shared request rates (Discord's Identify and global REST limits)", """
            -- The last start per bot and Identify bucket, and each bot's budget of starts (session_start_limit).
            CREATE TABLE connection_start_turns (
                scope text NOT NULL,
                lane text NOT NULL,
                started_at timestamptz NOT NULL,
                PRIMARY KEY (scope, lane)
            );
            CREATE TABLE connection_start_budgets (
                scope text PRIMARY KEY,
                total integer NOT NULL,
                remaining integer NOT NULL,
                resets_at timestamptz NOT NULL
            );
            -- The times of the requests in the last window, oldest first, and a pause every instance honours.
            CREATE TABLE request_rates (
                scope text PRIMARY KEY,
                stamps timestamptz[] NOT NULL,
                paused_until timestamptz NOT NULL
            );

            -- Every time is the server's clock, so instances whose clocks differ still agree. One start of a bot is
            -- decided at a time (the transaction's advisory lock), whichever instance asks.
            CREATE FUNCTION take_connection_start(p_scope text, p_lane text, p_spacing interval) RETURNS interval
            LANGUAGE plpgsql AS $$
            DECLARE
                budget connection_start_budgets%ROWTYPE;
                last_start timestamptz;
                now_at timestamptz;
            BEGIN
                PERFORM pg_advisory_xact_lock(hashtextextended('connection-start:' || p_scope, 0));
                now_at := clock_timestamp();
                SELECT * INTO budget FROM connection_start_budgets WHERE scope = p_scope;
                IF budget.scope IS NOT NULL AND budget.remaining <= 0 THEN
                    IF budget.resets_at > now_at THEN
                        RETURN budget.resets_at - now_at;
                    END IF;
                    budget.remaining := budget.total;
                    budget.resets_at := now_at + interval '1 day';
                END IF;
                SELECT started_at INTO last_start FROM connection_start_turns WHERE scope = p_scope AND lane = p_lane;
                IF last_start IS NOT NULL AND last_start + p_spacing > now_at THEN
                    RETURN last_start + p_spacing - now_at;
                END IF;
                INSERT INTO connection_start_turns (scope, lane, started_at) VALUES (p_scope, p_lane, now_at)
                    ON CONFLICT (scope, lane) DO UPDATE SET started_at = EXCLUDED.started_at;
                IF budget.scope IS NOT NULL THEN
                    UPDATE connection_start_budgets SET remaining = budget.remaining - 1, resets_at = budget.resets_at
                        WHERE scope = p_scope;
                END IF;
                RETURN interval '0';
            END $$;

            CREATE FUNCTION set_connection_start_budget(p_scope text, p_total integer, p_remaining integer, p_reset_after interval)
            RETURNS void LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_advisory_xact_lock(hashtextextended('connection-start:' || p_scope, 0));
                INSERT INTO connection_start_budgets (scope, total, remaining, resets_at)
                    VALUES (p_scope, p_total, p_remaining, clock_timestamp() + p_reset_after)
                    ON CONFLICT (scope) DO UPDATE
                        SET total = EXCLUDED.total, remaining = EXCLUDED.remaining, resets_at = EXCLUDED.resets_at;
            END $$;

            -- A sliding window: a request is taken when fewer than p_limit were taken in the last p_window. The row
            -- lock makes instances take their turns one at a time.
            CREATE FUNCTION take_request(p_scope text, p_limit integer, p_window interval) RETURNS interval
            LANGUAGE plpgsql AS $$
            DECLARE
                rate request_rates%ROWTYPE;
                recent timestamptz[];
                now_at timestamptz;
            BEGIN
                INSERT INTO request_rates (scope, stamps, paused_until) VALUES (p_scope, '{}', '-infinity')
                    ON CONFLICT (scope) DO NOTHING;
                SELECT * INTO rate FROM request_rates WHERE scope = p_scope FOR UPDATE;
                now_at := clock_timestamp();
                IF rate.paused_until > now_at THEN
                    RETURN rate.paused_until - now_at;
                END IF;
                SELECT COALESCE(array_agg(s ORDER BY s), '{}') INTO recent FROM unnest(rate.stamps) AS s WHERE s > now_at - p_window;
                IF cardinality(recent) >= p_limit THEN
                    -- Free again when the request that brought the window to its limit leaves it.
                    RETURN recent[cardinality(recent) - p_limit + 1] + p_window - now_at;
                END IF;
                UPDATE request_rates SET stamps = recent || now_at WHERE scope = p_scope;
                RETURN interval '0';
            END $$;
            """),
    ];

    public static int LatestVersion => All[^1].Version;
}

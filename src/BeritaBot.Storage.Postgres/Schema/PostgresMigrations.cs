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
    ];

    public static int LatestVersion => All[^1].Version;
}

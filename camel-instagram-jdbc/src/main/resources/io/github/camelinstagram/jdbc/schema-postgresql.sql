-- camel-instagram-jdbc: the tables that several instances of camel-instagram share (PostgreSQL 12 or later).
--
-- The components create them on start when they are missing (option createTables, true by default), each statement
-- under one advisory lock so that instances starting together do not collide. A database administrator who creates
-- them instead runs this script once and sets createTables=false. Every statement can be run again safely.

-- Long-lived tokens, one per Instagram professional account. access_token is a credential: grant this table to the
-- application's role only.
CREATE TABLE IF NOT EXISTS camel_instagram_token (
    account_id    VARCHAR(64)              NOT NULL PRIMARY KEY, -- the account's IG_ID
    access_token  TEXT                     NOT NULL,
    issued_at     TIMESTAMP WITH TIME ZONE NOT NULL,             -- issued or last refreshed
    expires_at    TIMESTAMP WITH TIME ZONE,                      -- null when unknown (a configured token)
    status        VARCHAR(16)              NOT NULL,             -- ACTIVE, EXPIRED or INVALID
    refresh_owner VARCHAR(255),                                  -- the instance refreshing the token now, if any
    refresh_until TIMESTAMP WITH TIME ZONE,                      -- when that instance's claim lapses
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- What the usage headers of the API last said of each account, and the next free call slot while calls are spaced.
-- UNLOGGED (no write-ahead log: faster writes, emptied if the database server crashes): the next answer reports the
-- usage again.
CREATE UNLOGGED TABLE IF NOT EXISTS camel_instagram_usage (
    account_id    VARCHAR(64)              NOT NULL PRIMARY KEY,
    usage_percent INTEGER                  NOT NULL,             -- highest usage reported; -1 when none
    blocked_until BIGINT                   NOT NULL,             -- epoch ms until which the API blocks the account
    next_slot     BIGINT                   NOT NULL,             -- epoch ms of the next free call slot
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Messaging limits: one Bucket4j token bucket per account and quota (id: <account>/<quota>), in Bucket4j's own format.
-- UNLOGGED as well: after a crash of the database server the buckets start full (one call's permit, or a tenth of an
-- hourly limit).
CREATE UNLOGGED TABLE IF NOT EXISTS camel_instagram_bucket (
    id         VARCHAR(128) NOT NULL PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT                                            -- epoch ms after which the bucket is full again
);

-- Webhook events: ROUTING while an instance routes the event (until lease_until unless renewed), DONE once routed to
-- completion. A failed routing deletes its row, so that a redelivery routes the event again.
CREATE TABLE IF NOT EXISTS camel_instagram_webhook_event (
    event_id    VARCHAR(1024)            NOT NULL PRIMARY KEY,
    state       VARCHAR(8)               NOT NULL,               -- ROUTING or DONE
    owner       VARCHAR(255),                                    -- the instance routing it (host/context/id)
    claim_id    VARCHAR(36),                                     -- that routing's claim
    lease_until TIMESTAMP WITH TIME ZONE,                        -- another instance may take it over after this
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX IF NOT EXISTS camel_instagram_webhook_event_updated ON camel_instagram_webhook_event (updated_at);

-- Issue 15: the monthly asker key is no longer readable from the database. It is stored sealed
-- (AES-GCM) under a secret from the environment (WEGWIJS_ASKER_KEY_SECRET) or, for the embedded
-- default, a generated file outside the database. The readable keys go: this month's earlier hashes
-- can then no longer be recomputed (so /vergeet cannot find them either); they still count.
DROP TABLE insight_asker_key;
CREATE TABLE insight_asker_key (
    key_month VARCHAR(7)   NOT NULL PRIMARY KEY,
    sealed    VARCHAR(200) NOT NULL
);

-- What makes an asker count for k (issue 15, reports that cannot be padded): ISSUED = the identity
-- was issued by the platform (Telegram) or by this server (web chat), REAL_TURN = the asker wrote at
-- least one real question. An asker counts only with both; empty or ping turns and web ids the
-- server never issued do not. Kept as long as the month's records.
CREATE TABLE insight_asker_fact (
    asker_month VARCHAR(7)  NOT NULL,
    asker_hash  VARCHAR(64) NOT NULL,
    fact        VARCHAR(16) NOT NULL,
    PRIMARY KEY (asker_month, asker_hash, fact)
);

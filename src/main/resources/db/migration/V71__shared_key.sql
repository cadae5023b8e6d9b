-- Keys every replica must share when the operator sets none (the embedded default), e.g. the one
-- that signs web conversation ids without WEGWIJS_WEB_SECRET: made once, by whichever replica
-- asks first (privacy.SharedKeys).
CREATE TABLE shared_key (
    name   VARCHAR(64) PRIMARY KEY,
    secret VARCHAR(128) NOT NULL
);

-- The key that signs web conversation ids when the operator sets no WEGWIJS_WEB_SECRET (the
-- embedded default): made once by whichever replica starts first, shared by all of them.
CREATE TABLE web_id_key (
    id INT PRIMARY KEY,
    secret VARCHAR(128) NOT NULL
);

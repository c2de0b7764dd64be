-- Keys the LRS signs its own tokens with (HMAC-SHA256 of the "more" links of GET /statements, xAPI Communication
-- §2.1.3). A key is made by the first instance that needs it and read by every other one: the primary key makes the
-- insert of a second, concurrent key a no-op, so all instances of a cluster sign and verify with the same key.
CREATE TABLE lrs_signing_key (
    purpose    VARCHAR(40)  NOT NULL PRIMARY KEY,
    secret     VARCHAR(100) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

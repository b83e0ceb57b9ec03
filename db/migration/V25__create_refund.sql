-- Refunds (issue 23): money of a checkout sent back to its buyer through the gateway's withdrawal
-- API. withdrawal_order_id of an attempt is derived from id and attempt, so the gateway makes one
-- withdrawal per attempt whatever is retried.
CREATE TABLE refund (
    id                    VARCHAR(40)    NOT NULL PRIMARY KEY,
    version               BIGINT         NOT NULL DEFAULT 0,
    checkout_id           VARCHAR(40)    NOT NULL,
    coin_symbol           VARCHAR(32)    NOT NULL,
    chain                 VARCHAR(32)    NOT NULL,
    amount                NUMERIC(38, 18) NOT NULL,
    reason                VARCHAR(20)    NOT NULL,
    requested_by          VARCHAR(64)    NOT NULL,
    requested_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    approval_needed       BOOLEAN        NOT NULL,
    destination_kind      VARCHAR(8),
    destination_address   VARCHAR(128),
    destination_memo      VARCHAR(64),
    status                VARCHAR(20)    NOT NULL,
    approved_by           VARCHAR(40),
    fee_coin              VARCHAR(32),
    fee_amount            NUMERIC(38, 18),
    fee_quote_id          VARCHAR(128),
    fee_payer             VARCHAR(8)     NOT NULL,
    attempt               INTEGER        NOT NULL,
    withdrawal_record_id  VARCHAR(80),
    tx_id                 VARCHAR(128),
    failure               VARCHAR(500),
    CONSTRAINT ck_refund_status CHECK (status IN ('AWAITING_ADDRESS', 'AWAITING_APPROVAL', 'READY',
        'SENDING', 'PROCESSING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    CONSTRAINT ck_refund_amount CHECK (amount > 0)
);
CREATE INDEX ix_refund_checkout ON refund (checkout_id);
CREATE INDEX ix_refund_status ON refund (status);

-- A shop's Idempotency-Key on POST /api/v1/checkouts/{id}/refunds: a retried request finds the
-- refund its first try made, on any instance, instead of asking for a second one.
ALTER TABLE refund ADD COLUMN idempotency_key VARCHAR(255);
CREATE UNIQUE INDEX ux_refund_idempotency ON refund (checkout_id, idempotency_key);

-- The buyer's refund link (/pay/{checkout}/refund/{token}): only the token's SHA-256 is kept, and
-- until when it opens; giving the destination through it clears both (one use).
ALTER TABLE refund ADD COLUMN link_digest VARCHAR(64);
ALTER TABLE refund ADD COLUMN link_expires_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_refund_link ON refund (link_digest);

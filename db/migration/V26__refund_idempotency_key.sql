-- A shop's Idempotency-Key on POST /api/v1/checkouts/{id}/refunds: a retried request finds the
-- refund its first try made, on any instance, instead of asking for a second one.
ALTER TABLE refund ADD COLUMN idempotency_key VARCHAR(255);
CREATE UNIQUE INDEX ux_refund_idempotency ON refund (checkout_id, idempotency_key);

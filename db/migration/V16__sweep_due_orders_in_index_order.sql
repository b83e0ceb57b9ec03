-- The expiry sweep reads the open orders of one status in expiry order, a page at a time after the
-- last one it saw (expires_at, id): an equality on status, then both keys in index order, so a
-- page costs the same among a thousand or a million stored orders and however many are due.
-- Runs unchanged on H2 and PostgreSQL (H2 has no partial indexes, hence the status column first).
CREATE INDEX ix_payment_order_due ON payment_order (status, expires_at, id);
DROP INDEX ix_payment_order_status_expires_at;

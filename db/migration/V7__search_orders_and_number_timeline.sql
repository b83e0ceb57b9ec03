-- The read side: what the console's and the shop API's checkout and webhook-log searches filter and
-- sort by. Equality filters first, then the range or sort column.
CREATE INDEX ix_payment_order_created_at ON payment_order (created_at);
CREATE INDEX ix_payment_order_updated_at ON payment_order (updated_at);
CREATE INDEX ix_payment_order_status_created_at ON payment_order (status, created_at);
CREATE INDEX ix_payment_order_token_id_created_at ON payment_order (token_id, created_at);
CREATE INDEX ix_payment_order_gateway_order_id ON payment_order (gateway_order_id);
CREATE INDEX ix_payment_order_pay_address ON payment_order (pay_address);
CREATE INDEX ix_payment_txid ON payment (txid);
CREATE INDEX ix_webhook_notification_outcome_received_at ON webhook_notification (outcome, received_at);
CREATE INDEX ix_webhook_notification_gateway_merchant_order_id ON webhook_notification (gateway_merchant_order_id);
CREATE INDEX ix_webhook_notification_order_public_id ON webhook_notification (order_public_id);

-- How many timeline entries an order has: the next entry's number, known without loading the timeline.
ALTER TABLE payment_order ADD COLUMN timeline_length INTEGER DEFAULT 0 NOT NULL;
UPDATE payment_order SET timeline_length =
    (SELECT COALESCE(MAX(e.entry_no), 0) FROM order_event e WHERE e.order_id = payment_order.id);

-- The gateway's record id of the transaction a timeline entry is about, for matching CCPayment's dashboard.
ALTER TABLE order_event ADD COLUMN record_id VARCHAR(100);

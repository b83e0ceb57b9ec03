-- One word per concept: what CCPayment sends us is a webhook (a shop event is what we send the
-- shop). The log of received webhooks and the timeline's link to one are renamed; every row stays.
-- (PostgreSQL keeps the identity sequence and primary key names of the old table; they are not
-- named anywhere else.)
ALTER TABLE webhook_notification RENAME TO received_webhook;
ALTER INDEX ix_webhook_notification_record_id RENAME TO ix_received_webhook_record_id;
ALTER INDEX ix_webhook_notification_received_at RENAME TO ix_received_webhook_received_at;
ALTER INDEX ix_webhook_notification_outcome_received_at RENAME TO ix_received_webhook_outcome_received_at;
ALTER INDEX ix_webhook_notification_gateway_merchant_order_id RENAME TO ix_received_webhook_gateway_merchant_order_id;
ALTER INDEX ix_webhook_notification_order_public_id RENAME TO ix_received_webhook_order_public_id;
ALTER TABLE order_event RENAME COLUMN notification_id TO webhook_id;
ALTER TABLE order_event RENAME CONSTRAINT fk_order_event_notification TO fk_order_event_webhook;

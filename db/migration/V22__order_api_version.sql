-- Which CCPayment API version made each order (issue 21). Every order so far was made with v1; an
-- order keeps its version to the end, whatever paydesk.ccpayment.api says for new ones.
ALTER TABLE payment_order ADD COLUMN gateway_api VARCHAR(2) DEFAULT 'V1' NOT NULL;
ALTER TABLE payment_order ADD CONSTRAINT ck_payment_order_gateway_api CHECK (gateway_api IN ('V1', 'V2'));

-- Orders made through the sandbox's CCPayment v2 face (createAppOrderDepositAddress) beside v1's.
-- One merchant order id namespace for both versions: whether CCPayment shares it is not documented,
-- and sharing is the reading under which no id can name two orders.
ALTER TABLE sandbox_order ADD COLUMN api VARCHAR(2) DEFAULT 'v1' NOT NULL;

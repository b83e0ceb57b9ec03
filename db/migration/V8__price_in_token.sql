-- A checkout may be priced in its token (currency TOKEN): the price then has the token's decimals.
ALTER TABLE payment_order ALTER COLUMN price SET DATA TYPE NUMERIC(38,18);
ALTER TABLE payment_order ALTER COLUMN currency SET DATA TYPE VARCHAR(8);

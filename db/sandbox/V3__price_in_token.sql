-- denominated_currency "token": the price is in the token itself, with the token's decimals.
ALTER TABLE sandbox_order ALTER COLUMN product_price SET DATA TYPE NUMERIC(38,18);

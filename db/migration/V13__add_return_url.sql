-- Where the buyer's checkout page sends the buyer back to the shop (absolute http/https, optional).
ALTER TABLE payment_order ADD COLUMN return_url VARCHAR(2000);

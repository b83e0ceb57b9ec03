-- A payment CCPayment flagged as risky (v2's isFlaggedAsRisky): not credited to the merchant.
ALTER TABLE sandbox_trade ADD COLUMN risky BOOLEAN DEFAULT FALSE NOT NULL;

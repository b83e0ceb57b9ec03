-- A payment CCPayment's scan missed: on chain, but in no record, list or webhook until
-- rescanLostTransaction finds it.
ALTER TABLE sandbox_trade ADD COLUMN lost BOOLEAN DEFAULT FALSE NOT NULL;

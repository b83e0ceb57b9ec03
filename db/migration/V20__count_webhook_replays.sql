-- Issue 19: a verified webhook that repeats a stored one to the byte (a replay within the timestamp
-- window, CCPayment's own retries) is counted on the stored row instead of being stored again.
ALTER TABLE webhook_notification ADD COLUMN repeats INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE webhook_notification ADD COLUMN last_repeated_at TIMESTAMP WITH TIME ZONE;

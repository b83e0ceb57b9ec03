-- "Send again" starts an event's retries afresh: their exponent and deadline become columns of
-- their own (before, both followed from the event's first attempt and its creation time).
ALTER TABLE shop_event ADD COLUMN retry_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE shop_event ADD COLUMN retry_until TIMESTAMP WITH TIME ZONE;
UPDATE shop_event SET retry_attempts = attempts, retry_until = created_at + INTERVAL '3' DAY;
ALTER TABLE shop_event ALTER COLUMN retry_until SET NOT NULL;

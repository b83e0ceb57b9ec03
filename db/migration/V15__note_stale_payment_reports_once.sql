-- A report of a state a payment has left behind (processing after success) is noted on the timeline
-- once; repeats of it are duplicates (a webhook storm sends hundreds). Payments already stored start
-- unmarked: at most one more note each.
ALTER TABLE payment ADD COLUMN stale_reported BOOLEAN NOT NULL DEFAULT FALSE;

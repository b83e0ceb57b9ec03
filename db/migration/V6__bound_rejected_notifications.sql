-- A notification that fails verification keeps only an excerpt of its body; these say where it came
-- from and how large it was.
ALTER TABLE webhook_notification ADD COLUMN client_address VARCHAR(64);
ALTER TABLE webhook_notification ADD COLUMN body_bytes INTEGER;

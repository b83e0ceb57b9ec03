-- Issue 19: a console password Paydesk made up and printed at a sandbox start is marked, so that
-- the first live start replaces it (with paydesk.console.initial-admin-password) or refuses to
-- start; a printed password must never guard real money.
ALTER TABLE console_user ADD COLUMN password_shown BOOLEAN DEFAULT FALSE NOT NULL;

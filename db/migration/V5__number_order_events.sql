-- Timeline entries written in one transaction may get their ids in any order; each entry's number
-- within its order keeps the order in which they happened.
ALTER TABLE order_event ADD COLUMN entry_no INTEGER DEFAULT 0 NOT NULL;
CREATE UNIQUE INDEX uq_order_event_entry_no ON order_event (order_id, entry_no);

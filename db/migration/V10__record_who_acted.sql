-- Who did what: a console user's notes, cancellations and checks carry their name on the timeline.
ALTER TABLE order_event ADD COLUMN actor VARCHAR(40);

-- Issue 19. An order keeps the chain and token contract its pay address is on, so a report of
-- another asset is not credited to it; and what a person must look at (a late part-payment, a
-- failure reported after a credit) until they mark it reviewed.
ALTER TABLE payment_order ADD COLUMN chain VARCHAR(40);
ALTER TABLE payment_order ADD COLUMN contract VARCHAR(200);
ALTER TABLE payment_order ADD COLUMN review_reason VARCHAR(1000);
ALTER TABLE payment_order ADD COLUMN review_since TIMESTAMP WITH TIME ZONE;
-- the console's "to review" count and list: few orders, found from the index alone
CREATE INDEX ix_payment_order_review_since ON payment_order (review_since, id);

-- A payment is keyed on its gateway record id when it has one (two records in one chain transaction
-- are two payments), on its txid otherwise; hexadecimal txids are kept lower-cased (the one spelling
-- of a case-insensitive id). TRANSLATE instead of a regular expression: the same SQL on H2 and
-- PostgreSQL 14.
UPDATE payment SET txid = LOWER(txid)
 WHERE txid IS NOT NULL AND txid <> LOWER(txid)
   AND TRANSLATE(LOWER(txid), '0123456789abcdefx', '') = '';
UPDATE payment SET transaction_key = 'record:' || record_id WHERE record_id IS NOT NULL;
UPDATE payment p SET transaction_key = 'tx:' || p.txid
 WHERE p.record_id IS NULL AND p.txid IS NOT NULL AND p.transaction_key <> 'tx:' || p.txid
   AND NOT EXISTS (SELECT 1 FROM payment q
                    WHERE q.order_id = p.order_id AND q.transaction_key = 'tx:' || p.txid);

-- Orders made PAID_LATE by money that did not cover them (before this rule): to review, not paid.
UPDATE payment_order o SET status = CASE WHEN o.expired_at IS NOT NULL AND EXISTS
         (SELECT 1 FROM order_event e WHERE e.order_id = o.id AND e.kind = 'CANCELLED')
         THEN 'CANCELLED' ELSE 'EXPIRED_UNDERPAID' END,
       review_reason = 'paid late with less than the order asked (counted as paid before issue 19)',
       review_since = o.updated_at
 WHERE o.status = 'PAID_LATE' AND o.crypto_amount IS NOT NULL
   AND (SELECT COALESCE(SUM(p.amount), 0) FROM payment p
         WHERE p.order_id = o.id AND p.status = 'SUCCESS') < o.crypto_amount;

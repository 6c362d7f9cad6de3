-- A decision changed on reconsideration or by the court (变更, issue 12 item 4 (c), decision 0027): the changed fine
-- and the day the changed decision was served; the payment deadline and the surcharge run anew from it.
ALTER TABLE case_remedy ADD COLUMN changed_fine DECIMAL(14, 2) NULL;
ALTER TABLE case_remedy ADD COLUMN changed_served_on DATE NULL;

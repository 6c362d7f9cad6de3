-- 先行登记保存证据审批表 (issue 11 item 1; 行政处罚法 Art. 56, 住建部令55 Art. 19): the approval form registered with
-- the head's answer (approval or refusal) names the preservation it records, so the form — and any later correction
-- of it — is filled from that preservation whatever else the case holds. NULL for answers recorded before.
ALTER TABLE evidence_preservation ADD COLUMN approval_document_id BIGINT NULL;

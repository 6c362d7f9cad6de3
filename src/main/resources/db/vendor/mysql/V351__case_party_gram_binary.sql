-- The grams are compared exactly (both sides lower-cased in Java): a binary collation without padding, so that two
-- grams that differ ("i" and "i ", "ａb" and "ab") are two keys (utf8mb4_bin ignores trailing blanks; under
-- utf8mb4_unicode_ci widths and cases collide too).
ALTER TABLE case_party_gram MODIFY gram VARCHAR(4) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;

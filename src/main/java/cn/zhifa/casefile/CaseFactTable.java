package cn.zhifa.casefile;

import java.util.Objects;

/**
 * Another module's table of facts about a case that most cases have none of, read at steps by the case's id alone
 * (a legal review's rounds, an advance notice, a hearing, the stored requirements). Declared as a bean by the module
 * that owns the table, its read is answered like the case file's own dependent facts: from a bit on the case row,
 * empty without a statement while the bit is clear (decisions 0039 and 0041). The owner's inserts into the table must
 * name the case ({@code caseId}); the first sets the bit, in the inserting transaction. A bit is a power of two of its
 * own, at least 256 (the case file's own tables hold 1 to 128), fixed once a migration has set it for the rows already
 * there.
 *
 * @param readStatement the MyBatis statement id of the read (one {@code long} parameter: the case's id)
 * @param clearStatement the owner's statement deleting every row of the case in the table (its parameter the case's
 *        id, alone or named {@code caseId}), skipped while the bit is clear; null when there is none
 * @param table the table it reads and its owner inserts into
 * @param bit the table's bit in {@code case_file.fact_tables}
 */
public record CaseFactTable(String readStatement, String clearStatement, String table, int bit) {

    /** A table read by the case's id, with no statement that clears it. */
    public CaseFactTable(String readStatement, String table, int bit) {
        this(readStatement, null, table, bit);
    }

    public CaseFactTable {
        Objects.requireNonNull(readStatement, "readStatement");
        Objects.requireNonNull(table, "table");
        if (bit < 256 || Integer.bitCount(bit) != 1) {
            throw new IllegalArgumentException("a fact table's bit is a power of two from 256: " + bit);
        }
    }
}

package cn.zhifa.shared;

/**
 * Lengths of request fields, matching the database columns they end in. Free text ({@code TEXT} columns, 64 KB on
 * MySQL/MariaDB) is capped at {@link #TEXT} characters so that even four-byte characters, and the record entry that
 * repeats the changed text, stay within the column.
 */
public final class Limits {
    private Limits() {
    }

    /** Free text stored in a TEXT column. */
    public static final int TEXT = 4000;
    /** A place or address ({@code VARCHAR(200)}). */
    public static final int PLACE = 200;
    /** A person's or organisation's name ({@code VARCHAR(100)}). */
    public static final int NAME = 100;
    /** A phone number ({@code VARCHAR(30)}). */
    public static final int PHONE = 30;
    /** An identity document number ({@code VARCHAR(50)}). */
    public static final int ID_NO = 50;
    /** A reference or number ({@code VARCHAR(64)}). */
    public static final int REF = 64;
    /** Entries of a list in one request (parties, handlers, documents, attendees). */
    public static final int LIST = 100;
    /** Money: DECIMAL(14, 2). */
    public static final int MONEY_INTEGER = 12;
    public static final int MONEY_FRACTION = 2;

    /** A required free text of at most {@code max} characters, trimmed; refuses a blank or a longer one. */
    public static String requiredText(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("field.required", field);
        }
        if (value.length() > max) {
            throw DomainException.invalid("field.tooLong", field, max);
        }
        return value.trim();
    }
}

package cn.zhifa.shared;

import java.util.function.ToIntFunction;
import org.springframework.dao.DuplicateKeyException;

/**
 * One move of a running number row (case numbers, document numbers, summary decisions,
 * complaints), bumped under its row lock: the row's key goes in, and the value the column
 * was moved to comes back as the update's generated key — MySQL and MariaDB report
 * {@code LAST_INSERT_ID(expr)} in the update's reply, H2 returns the named column of the
 * updated row — so the number needs no read after its update. {@code value} stays null
 * when no row was moved.
 */
public final class RunningNumber {

    public final long unitId;

    /** The document word (罚决字 …) of a document number; null for the other sequences. */
    public final String word;

    public final int year;

    /** The column's value after the update; set by the mapper. */
    public Integer value;

    public RunningNumber(long unitId, String word, int year) {
        this.unitId = unitId;
        this.word = word;
        this.year = year;
    }

    /**
     * The number taken from a row holding the next number ({@code next_no}): the row is moved on; the first number of
     * its unit and year inserts the row instead (holding 2: number 1 is taken), and an insert that another transaction
     * raced to moves the row it made.
     */
    public static int take(RunningNumber n, ToIntFunction<RunningNumber> moveOn, Runnable insertFirst) {
        if (moveOn.applyAsInt(n) == 0) {
            try {
                insertFirst.run();
                return 1;
            } catch (DuplicateKeyException raced) {
                moveOn.applyAsInt(n);
            }
        }
        return n.moved() - 1;
    }

    /** The value the row was moved to; fails when the update moved no row. */
    public int moved() {
        if (value == null) {
            throw new IllegalStateException("running number " + (word == null ? "" : word + " ") + year + " of unit "
                    + unitId + " was not moved");
        }
        return value;
    }

}

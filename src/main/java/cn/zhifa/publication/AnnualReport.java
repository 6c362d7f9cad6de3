package cn.zhifa.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 行政执法统计年报 of one unit for one year, computed from the case data (decisions by decided date in the year).
 * Reconsiderations and suits are not yet recorded by the system: {@code remediesRecorded} says so.
 */
public record AnnualReport(long id, String publicId, String unitName, int year, String status, LocalDate dueDate,
        Figures figures) {

    /** A labelled count with the fines of those decisions. */
    public record Line(String label, long count, BigDecimal fines) {
    }

    public record Figures(int year, String unitName, long filed, long decided, List<Line> byProcedure,
            List<Line> byOutcome, List<Line> byItem, BigDecimal fines, long legalReviews, long deliberations,
            long hearings, long published, long withdrawn, boolean remediesRecorded) {
    }
}

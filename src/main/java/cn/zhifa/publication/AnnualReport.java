package cn.zhifa.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * 行政执法统计年报 of one unit for one year, computed from the case data (decisions by decided date in the year;
 * reconsiderations and suits by the date they were filed, with their outcomes so far).
 */
public record AnnualReport(long id, String publicId, long unitId, String unitName, int year, String status, LocalDate dueDate,
        Figures figures) {

    /** A labelled count with the fines of those decisions. */
    public record Line(String label, long count, BigDecimal fines) {
    }

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record Figures(int year, String unitName, long filed, long decided, List<Line> byProcedure,
            List<Line> byOutcome, List<Line> byItem, BigDecimal fines, long legalReviews, long deliberations,
            long hearings, long published, long withdrawn, long reconsiderations, long litigations,
            List<Line> remedyOutcomes) {

        public Figures {
            remedyOutcomes = remedyOutcomes == null ? List.of() : remedyOutcomes;
        }
    }
}

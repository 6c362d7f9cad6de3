package cn.zhifa.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The cockpit's figures (驾驶舱): one record per chart, each a list of labelled rows that the charts and CSV share. */
public final class Cockpit {

    private Cockpit() {
    }

    /** The charts, in display order. Labels {@code sv.chart.<NAME>}. */
    public enum Chart {
        /** cases per month by procedure */
        CASES_BY_MONTH,
        /** decided cases by outcome */
        OUTCOMES,
        /** open cases by stage */
        OPEN_BY_STAGE,
        /** overdue (red) and at-risk (yellow) deadlines by unit and officer */
        AT_RISK,
        /** fines decided and collected per month */
        FINES,
        /** legal-review rounds by outcome (法制审核) */
        LEGAL_REVIEW,
        /** concluded remedies by outcome */
        REMEDIES,
        /** complaints and how many became cases */
        COMPLAINTS,
        /** review scores and grades by unit */
        SCORES,
        /** pre-audit findings by kind */
        FINDINGS
    }

    /**
     * One row of a chart: {@code key} identifies it for the drill-down (e.g. "2026-03|ORDINARY", "INVESTIGATION",
     * "RED|王强"), {@code label} its category, {@code series} the series it belongs to, {@code value} its figure.
     */
    public record Row(String key, String label, String series, BigDecimal value) {
    }

    public record Figure(Chart chart, List<Row> rows) {
    }

    public record Figures(LocalDate from, LocalDate to, Long unitId, List<Figure> figures) {
        public Figure of(Chart c) {
            return figures.stream().filter(f -> f.chart() == c).findFirst().orElseThrow();
        }
    }

    /** A row of a drill-down list: the case behind a figure (or the deadline, with its light). */
    public record DrillRow(long caseId, String caseNo, long unitId, String partyName, String stage, String detail,
            LocalDate date) {
    }
}

package cn.zhifa.casefile.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** The tallied columns of a case: taken from a row as read, and as a write of case_file changes them. */
final class TallyRows {

    /** The columns (CaseRow fields) that move a case between counters. */
    static final Set<String> TALLIED = Set.of("stage", "decidedOutcome", "decidedFine", "paidAmount");

    private TallyRows() {
    }

    /** The tallied columns of a row just read (copied: the row is changed in place by a step afterwards). */
    static CaseTallyRow of(CaseRow row) {
        CaseTallyRow r = new CaseTallyRow();
        r.id = row.id;
        r.unitId = row.unitId;
        r.registeredAt = row.registeredAt;
        r.stage = name(row.stage);
        r.procedureType = row.procedureType;
        r.decidedOutcome = name(row.decidedOutcome);
        r.decidedFine = row.decidedFine;
        r.paidAmount = row.paidAmount;
        return r;
    }

    /**
     * The tallied columns after a write that changed the row: {@code updateStage} sets the stage; {@code updateCase}
     * sets every tallied column from its row (not the unit, registration time or procedure); {@code updateChanged}
     * sets those of its changed columns that are tallied.
     */
    static CaseTallyRow after(CaseTallyRow now, String statement, Object param) {
        CaseTallyRow r = copy(now);
        switch (statement) {
            case "updateStage" -> r.stage = name(((Map<?, ?>) param).get("stage"));
            case "updateCase" -> set(r, (CaseRow) param, TALLIED);
            case "updateChanged" -> {
                Map<?, ?> p = (Map<?, ?>) param;
                Collection<?> changed = (Collection<?>) p.get("changed");
                set(r, (CaseRow) p.get("row"), TALLIED.stream().filter(changed::contains).toList());
            }
            default -> throw new IllegalArgumentException("not a tallied write: " + statement);
        }
        return r;
    }

    private static void set(CaseTallyRow r, CaseRow row, Collection<String> columns) {
        for (String c : columns) {
            switch (c) {
                case "stage" -> r.stage = name(row.stage);
                case "decidedOutcome" -> r.decidedOutcome = name(row.decidedOutcome);
                case "decidedFine" -> r.decidedFine = row.decidedFine;
                case "paidAmount" -> r.paidAmount = row.paidAmount;
                default -> throw new IllegalArgumentException("not a tallied column: " + c);
            }
        }
    }

    private static CaseTallyRow copy(CaseTallyRow a) {
        CaseTallyRow r = new CaseTallyRow();
        r.id = a.id;
        r.unitId = a.unitId;
        r.registeredAt = a.registeredAt;
        r.stage = a.stage;
        r.procedureType = a.procedureType;
        r.decidedOutcome = a.decidedOutcome;
        r.decidedFine = a.decidedFine;
        r.paidAmount = a.paidAmount;
        return r;
    }

    private static String name(Object value) {
        return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
    }
}

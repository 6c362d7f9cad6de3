package cn.zhifa.procedure;

import cn.zhifa.casefile.CaseChanges;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.shared.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Input rules the steps share: required text, dates not in the future, outcome amounts, document numbers. */
final class StepRules {
    private StepRules() {
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("field.required", field);
        }
        if (value.length() > 2000) {
            throw DomainException.invalid("field.tooLong", field, 2000);
        }
        return value.trim();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static LocalDate pastOrToday(LocalDate date, String field, LocalDate today) {
        if (date == null) {
            throw DomainException.invalid("field.required", field);
        }
        if (date.isAfter(today)) {
            throw DomainException.invalid("date.inFuture", field);
        }
        return date;
    }

    static void checkOutcome(OutcomeType type, BigDecimal fine, BigDecimal confiscation, String correction) {
        type.checkAmounts(fine, confiscation);
        // 行政处罚法 Art. 28: every penalty comes with an order to correct
        if (type.isPenalty() && (correction == null || correction.isBlank())) {
            throw DomainException.invalid("outcome.correctionOrderRequired");
        }
    }

    static void requireHead(cn.zhifa.organization.Actor actor) {
        if (!actor.isHead()) {
            throw DomainException.forbidden("auth.headOnly");
        }
    }

    /** The number of a document derived from the case number: 立字 → {@code kind} (e.g. 罚决字). */
    static String docNo(CaseChanges c, String kind) {
        return c.caseNo() == null ? null : c.caseNo().replace("立字", kind);
    }
}

package cn.zhifa.casefile;

import java.time.LocalDate;

/**
 * Published in the transaction that records a remedy outcome which changes, revokes, confirms illegal or voids the
 * case's decision: listeners (the publication) act on it before the transaction commits.
 */
public record DecisionChanged(long caseId, RemedyKind kind, RemedyOutcome outcome, LocalDate changedOn, String note) {
}

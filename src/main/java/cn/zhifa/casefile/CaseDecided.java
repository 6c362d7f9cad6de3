package cn.zhifa.casefile;

import java.time.LocalDate;

/**
 * Fact: a head made the decision of a case (处罚决定 or another outcome). Published inside the decision's transaction;
 * listeners that must see the whole step (its history line) listen before commit.
 */
public record CaseDecided(long caseId, OutcomeType outcome, LocalDate decidedDate) {
}

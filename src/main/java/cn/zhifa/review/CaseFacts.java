package cn.zhifa.review;

import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.PartyKind;
import java.math.BigDecimal;
import java.util.Set;

/**
 * What the requirement rules look at: the proposal, the party kinds, the item, whether a hearing took place, and the
 * flags set by handlers, heads and reviewers. Built by the workflow inside the step's transaction.
 */
public record CaseFacts(OutcomeType proposedOutcome, BigDecimal fine, BigDecimal confiscation,
        Set<PartyKind> partyKinds, Long itemId, boolean hearingHeld, boolean markedMajor, String majorReason,
        boolean deliberationReferred, boolean benchmarkDeparture, String benchmarkDepartureReason,
        boolean reviewDisagreement, boolean secondExtension) {
}

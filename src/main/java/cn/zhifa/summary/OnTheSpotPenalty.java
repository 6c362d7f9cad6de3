package cn.zhifa.summary;

import cn.zhifa.casefile.IdType;
import cn.zhifa.casefile.LeadSource;
import cn.zhifa.casefile.PartyKind;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Everything an officer fills in on the spot for a 当场行政处罚决定书 (Art. 52): the party, the violation and its legal
 * basis, the penalty, the second certified officer, the certificates shown, the party heard (or the refusal), signature
 * (or its refusal) and, where allowed, on-the-spot collection with the fiscal receipt. {@code complaintId} links the
 * decision to the complaint it settles.
 */
public record OnTheSpotPenalty(PartyKind partyKind, String partyName, IdType idType, String idNo, String phone,
        String violation, boolean factsConclusive, String legalBasis, String place, Long itemId, LocalDate actDate,
        PenaltyKind penalty, BigDecimal fine, long secondOfficerId, boolean certificatesShown, String statement,
        boolean statementRefused, boolean partySigned, boolean collectOnSpot, CollectionReason collectionReason,
        String receiptNo, LeadSource source, Long complaintId) {
}

package cn.zhifa.summary;

import cn.zhifa.casefile.IdType;
import cn.zhifa.casefile.LeadSource;
import cn.zhifa.casefile.PartyKind;
import cn.zhifa.shared.Limits;
import cn.zhifa.shared.Plausible;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Everything an officer fills in on the spot for a 当场行政处罚决定书 (Art. 52): the party, the violation and its legal
 * basis, the penalty, the second certified officer, the certificates shown, the party heard (or the refusal), signature
 * (or its refusal) and, where allowed, on-the-spot collection with the fiscal receipt. {@code complaintId} links the
 * decision to the complaint it settles.
 */
public record OnTheSpotPenalty(PartyKind partyKind, @Size(max = Limits.NAME) String partyName, IdType idType,
        @Size(max = Limits.ID_NO) String idNo, @Size(max = Limits.PHONE) String phone,
        @Size(max = Limits.TEXT) String violation, boolean factsConclusive, @Size(max = Limits.TEXT) String legalBasis,
        @Size(max = Limits.PLACE) String place, Long itemId, @Plausible LocalDate actDate, PenaltyKind penalty,
        @Digits(integer = Limits.MONEY_INTEGER, fraction = Limits.MONEY_FRACTION) @PositiveOrZero BigDecimal fine, long secondOfficerId, boolean certificatesShown,
        @Size(max = Limits.TEXT) String statement, boolean statementRefused, boolean partySigned, boolean collectOnSpot,
        CollectionReason collectionReason, @Size(max = Limits.REF) String receiptNo, LeadSource source,
        Long complaintId) {
}

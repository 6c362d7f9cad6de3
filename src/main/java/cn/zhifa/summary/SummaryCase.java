package cn.zhifa.summary;

import cn.zhifa.casefile.PartyKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A summary-procedure case as shown and returned by the API: the decision with its statutory content and follow-up. */
public record SummaryCase(long caseId, long unitId, String decisionNo, PartyKind partyKind, String partyName,
        PenaltyKind penalty, BigDecimal fine, String violation, String legalBasis, String place, LocalDateTime decidedAt,
        String officers, String certificates, String statement, boolean statementRefused, boolean partySigned,
        String remedy, String agencyName, boolean collected, CollectionReason collectionReason, String receiptNo,
        LocalDate handInDue, LocalDate handedInDate, LocalDate filingDue, LocalDate filedDate, boolean filingLate,
        Long complaintId, String stage) {

    public boolean open() {
        return filedDate == null || (collected && handedInDate == null);
    }
}

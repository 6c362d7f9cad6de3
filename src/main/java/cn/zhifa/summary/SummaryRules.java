package cn.zhifa.summary;

import cn.zhifa.casefile.PartyKind;
import cn.zhifa.shared.DomainException;
import java.math.BigDecimal;

/**
 * The legal limits of the summary procedure, without side effects: Art. 51 (a warning, or a fine ≤ 200 yuan for a
 * natural person / ≤ 3,000 yuan for a legal person or other organisation) and Art. 68 (on-the-spot collection only for
 * fines ≤ 100 yuan or where collecting later would be hard).
 */
public final class SummaryRules {
    private SummaryRules() {
    }

    public static final BigDecimal MAX_FINE_PERSON = new BigDecimal("200.00");
    public static final BigDecimal MAX_FINE_ORGANIZATION = new BigDecimal("3000.00");
    public static final BigDecimal MAX_ON_THE_SPOT_COLLECTION = new BigDecimal("100.00");

    /** Refuses a penalty outside the summary procedure; returns the fine (null for a warning). */
    public static BigDecimal checkPenalty(PartyKind party, PenaltyKind penalty, BigDecimal fine) {
        if (party == null) {
            throw DomainException.invalid("field.required", "partyKind");
        }
        if (penalty == null) {
            throw DomainException.invalid("field.required", "penalty");
        }
        if (penalty == PenaltyKind.WARNING) {
            if (fine != null && fine.signum() != 0) {
                throw DomainException.invalid("summary.warningHasFine");
            }
            return null;
        }
        if (fine == null || fine.signum() <= 0) {
            throw DomainException.invalid("summary.fineRequired");
        }
        if (fine.scale() > 2 && fine.stripTrailingZeros().scale() > 2) {
            throw DomainException.invalid("summary.fineCents");
        }
        BigDecimal max = party == PartyKind.NATURAL_PERSON ? MAX_FINE_PERSON : MAX_FINE_ORGANIZATION;
        if (fine.compareTo(max) > 0) {
            throw DomainException.invalid(party == PartyKind.NATURAL_PERSON ? "summary.overPersonLimit"
                    : "summary.overOrganizationLimit", fine.toPlainString(), max.toPlainString());
        }
        return fine.setScale(2);
    }

    /** Refuses on-the-spot collection where Art. 68 does not allow it. */
    public static void checkCollection(PenaltyKind penalty, BigDecimal fine, boolean collect, CollectionReason reason,
            String receiptNo) {
        if (!collect) {
            return;
        }
        if (penalty != PenaltyKind.FINE) {
            throw DomainException.invalid("summary.collectWithoutFine");
        }
        if (reason == null) {
            throw DomainException.invalid("field.required", "collectionReason");
        }
        if (reason == CollectionReason.SMALL_AMOUNT && fine.compareTo(MAX_ON_THE_SPOT_COLLECTION) > 0) {
            throw DomainException.invalid("summary.collectionOver100", fine.toPlainString());
        }
        if (receiptNo == null || receiptNo.isBlank()) {
            throw DomainException.invalid("summary.receiptRequired");
        }
    }
}

package cn.zhifa.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhifa.casefile.PartyKind;
import cn.zhifa.shared.DomainException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Art. 51 thresholds and Art. 68 collection, at their boundaries. */
class SummaryRulesTest {

    @ParameterizedTest
    @CsvSource({"NATURAL_PERSON,200", "NATURAL_PERSON,200.00", "NATURAL_PERSON,0.01", "ORGANIZATION,3000",
        "ORGANIZATION,3000.00", "ORGANIZATION,200.01"})
    void finesUpToTheLimitAreAllowed(PartyKind kind, String fine) {
        assertThat(SummaryRules.checkPenalty(kind, PenaltyKind.FINE, new BigDecimal(fine)))
                .isEqualByComparingTo(fine);
    }

    @ParameterizedTest
    @CsvSource({"NATURAL_PERSON,200.01,summary.overPersonLimit", "NATURAL_PERSON,3000,summary.overPersonLimit",
        "ORGANIZATION,3000.01,summary.overOrganizationLimit", "NATURAL_PERSON,0,summary.fineRequired",
        "NATURAL_PERSON,-5,summary.fineRequired", "NATURAL_PERSON,10.001,summary.fineCents"})
    void finesAboveTheLimitAreRefused(PartyKind kind, String fine, String code) {
        assertThatThrownBy(() -> SummaryRules.checkPenalty(kind, PenaltyKind.FINE, new BigDecimal(fine)))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).code()).isEqualTo(code);
    }

    @Test
    void aWarningOnlyHasNoFine() {
        assertThat(SummaryRules.checkPenalty(PartyKind.ORGANIZATION, PenaltyKind.WARNING, null)).isNull();
        assertThat(SummaryRules.checkPenalty(PartyKind.NATURAL_PERSON, PenaltyKind.WARNING, BigDecimal.ZERO)).isNull();
        assertThatThrownBy(() -> SummaryRules.checkPenalty(PartyKind.NATURAL_PERSON, PenaltyKind.WARNING,
                new BigDecimal("50"))).extracting(e -> ((DomainException) e).code())
                .isEqualTo("summary.warningHasFine");
    }

    @Test
    void onTheSpotCollectionOnlyWhereTheLawAllows() {
        SummaryRules.checkCollection(PenaltyKind.FINE, new BigDecimal("100.00"), true, CollectionReason.SMALL_AMOUNT,
                "R1");
        SummaryRules.checkCollection(PenaltyKind.FINE, new BigDecimal("150.00"), true, CollectionReason.HARD_LATER,
                "R1");
        assertThatThrownBy(() -> SummaryRules.checkCollection(PenaltyKind.FINE, new BigDecimal("100.01"), true,
                CollectionReason.SMALL_AMOUNT, "R1")).extracting(e -> ((DomainException) e).code())
                .isEqualTo("summary.collectionOver100");
        assertThatThrownBy(() -> SummaryRules.checkCollection(PenaltyKind.FINE, new BigDecimal("50"), true,
                CollectionReason.SMALL_AMOUNT, " ")).extracting(e -> ((DomainException) e).code())
                .isEqualTo("summary.receiptRequired");
        assertThatThrownBy(() -> SummaryRules.checkCollection(PenaltyKind.WARNING, null, true,
                CollectionReason.SMALL_AMOUNT, "R1")).extracting(e -> ((DomainException) e).code())
                .isEqualTo("summary.collectWithoutFine");
    }
}

package cn.zhifa.review;

import cn.zhifa.casefile.OutcomeType;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Deployment settings of hearing eligibility (较大数额, 行政处罚法 Art. 63; local thresholds) and of the deliberation
 * triggers. Defaults: Shanghai 2023 thresholds (individual ≥ 5,000 yuan, organisation ≥ 50,000 yuan).
 */
@Component
public class ReviewSettings {

    private final BigDecimal hearingFinePerson;
    private final BigDecimal hearingFineOrg;
    private final BigDecimal hearingConfiscationPerson;
    private final BigDecimal hearingConfiscationOrg;
    private final Set<OutcomeType> hearingTypes;
    private final Set<DeliberationTrigger> triggers;

    /** Triggers the law makes mandatory: always on, whatever {@code zhifa.deliberation.triggers} lists. */
    public static final Set<DeliberationTrigger> MANDATORY_TRIGGERS = EnumSet.of(DeliberationTrigger.BENCHMARK_DEPARTURE);

    public ReviewSettings(
            @Value("${zhifa.hearing.fine-person:5000}") BigDecimal hearingFinePerson,
            @Value("${zhifa.hearing.fine-organization:50000}") BigDecimal hearingFineOrg,
            @Value("${zhifa.hearing.confiscation-person:5000}") BigDecimal hearingConfiscationPerson,
            @Value("${zhifa.hearing.confiscation-organization:50000}") BigDecimal hearingConfiscationOrg,
            @Value("${zhifa.hearing.penalty-types:SUSPENSION,REVOCATION}") List<OutcomeType> hearingTypes,
            @Value("${zhifa.deliberation.triggers:HEARING_RANGE,REVIEW_DISAGREEMENT,BENCHMARK_DEPARTURE,"
                    + "SECOND_EXTENSION,HEAD_REFERRAL}") List<DeliberationTrigger> triggers) {
        this.hearingFinePerson = hearingFinePerson;
        this.hearingFineOrg = hearingFineOrg;
        this.hearingConfiscationPerson = hearingConfiscationPerson;
        this.hearingConfiscationOrg = hearingConfiscationOrg;
        this.hearingTypes = hearingTypes.isEmpty() ? EnumSet.noneOf(OutcomeType.class) : EnumSet.copyOf(hearingTypes);
        this.triggers = triggers.isEmpty() ? EnumSet.noneOf(DeliberationTrigger.class) : EnumSet.copyOf(triggers);
        // 国办发〔2022〕27号 §十二: departing from the benchmark needs the principal head's approval or collective
        // discussion — mandatory, so a configuration cannot remove it (decision 0020)
        this.triggers.addAll(MANDATORY_TRIGGERS);
    }

    public BigDecimal hearingFinePerson() {
        return hearingFinePerson;
    }

    public BigDecimal hearingFineOrg() {
        return hearingFineOrg;
    }

    public BigDecimal hearingConfiscationPerson() {
        return hearingConfiscationPerson;
    }

    public BigDecimal hearingConfiscationOrg() {
        return hearingConfiscationOrg;
    }

    public Set<OutcomeType> hearingTypes() {
        return hearingTypes;
    }

    /** The triggers in force: the configured ones plus {@link #MANDATORY_TRIGGERS}. */
    public Set<DeliberationTrigger> triggers() {
        return triggers;
    }
}

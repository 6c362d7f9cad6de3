package cn.zhifa.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.publication.ExclusionRules.PartyFacts;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exclusions the system sees by itself: transfers and minors (age on the decision day from the ID card). */
class ExclusionRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            adult                             | FINE     | true  | 110105199001011234 | 2026-03-02 | -
            17 years old                      | FINE     | true  | 11010520090101123X | 2026-03-02 | MINOR
            18th birthday is the decision day | WARNING  | true  | 110105200803021234 | 2026-03-02 | -
            day before the 18th birthday      | WARNING  | true  | 110105200803031234 | 2026-03-02 | MINOR
            old 15-digit ID (19xx)            | FINE     | true  | 110105900101123    | 2026-03-02 | -
            organisation with a code          | FINE     | false | 91110105MA01ABCD2X | 2026-03-02 | -
            no ID number                      | FINE     | true  | -                  | 2026-03-02 | -
            transferred                       | TRANSFER | false | -                  | 2026-03-02 | CRIME_TRANSFER
            not established                   | NOT_ESTABLISHED | true | 110105199001011234 | 2026-03-02 | -
            """)
    void automaticExclusions(String label, OutcomeType outcome, boolean natural, String idNo, LocalDate decided,
            Exclusion expected) {
        assertThat(ExclusionRules.automatic(outcome, decided, List.of(new PartyFacts(natural, idNo))))
                .as(label).isEqualTo(Optional.ofNullable(expected));
    }
}

package cn.zhifa.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Grade bands (Guangdong Art. 16), veto (Art. 17), basic-element cap, section and item caps, and sampling. */
class RubricTest {

    static final Rubric RUBRIC = new Rubric(1, 1, "test", new BigDecimal("90"), new BigDecimal("75"),
            new BigDecimal("60"),
            List.of(new Rubric.Section("SUBJECT", "主体", "Body", new BigDecimal("10")),
                    new Rubric.Section("DOCUMENTS", "文书", "Documents", new BigDecimal("90"))),
            List.of(new Rubric.Item("SUBJECT", "S01", "主体", "Body", new BigDecimal("10"), true, true),
                    new Rubric.Item("SUBJECT", "S02", "人员", "Officers", new BigDecimal("8"), false, false),
                    new Rubric.Item("DOCUMENTS", "D01", "决定书", "Decision", new BigDecimal("60"), false, false),
                    new Rubric.Item("DOCUMENTS", "D02", "文书", "Documents", new BigDecimal("50"), false, false)));

    private static Rubric.Result score(String... codeAmount) {
        List<Rubric.Deduction> d = new java.util.ArrayList<>();
        for (int i = 0; i < codeAmount.length; i += 2) {
            d.add(new Rubric.Deduction(codeAmount[i], new BigDecimal(codeAmount[i + 1]), false));
        }
        return RUBRIC.apply(d);
    }

    @Test
    void gradeBandsAtTheirEdges() {
        assertThat(RUBRIC.grade(new BigDecimal("100"), false, false)).isEqualTo(Grade.EXCELLENT);
        assertThat(RUBRIC.grade(new BigDecimal("90"), false, false)).isEqualTo(Grade.EXCELLENT);
        assertThat(RUBRIC.grade(new BigDecimal("89.99"), false, false)).isEqualTo(Grade.GOOD);
        assertThat(RUBRIC.grade(new BigDecimal("75"), false, false)).isEqualTo(Grade.GOOD);
        assertThat(RUBRIC.grade(new BigDecimal("74.99"), false, false)).isEqualTo(Grade.PASS);
        assertThat(RUBRIC.grade(new BigDecimal("60"), false, false)).isEqualTo(Grade.PASS);
        assertThat(RUBRIC.grade(new BigDecimal("59.99"), false, false)).isEqualTo(Grade.FAIL);
    }

    @Test
    void aVetoFailsWhateverTheScore() {
        Rubric.Result r = RUBRIC.apply(List.of(new Rubric.Deduction("S01", BigDecimal.ZERO, true)));
        assertThat(r.total()).isEqualByComparingTo("100");
        assertThat(r.veto()).isTrue();
        assertThat(r.grade()).isEqualTo(Grade.FAIL);
        // a veto flag on an item that is not a veto item does not veto
        assertThat(RUBRIC.apply(List.of(new Rubric.Deduction("S02", BigDecimal.ONE, true))).veto()).isFalse();
    }

    @Test
    void aBasicProblemBarsExcellent() {
        Rubric.Result r = score("S01", "1");
        assertThat(r.total()).isEqualByComparingTo("99");
        assertThat(r.basicProblem()).isTrue();
        assertThat(r.grade()).isEqualTo(Grade.GOOD);
    }

    @Test
    void deductionsAreCappedPerItemAndPerSection() {
        assertThat(score("S02", "5", "S02", "5").total()).isEqualByComparingTo("92"); // item max 8
        assertThat(score("S01", "10", "S02", "8").total()).isEqualByComparingTo("90"); // section max 10
        assertThat(score("D01", "60", "D02", "50").total()).isEqualByComparingTo("10"); // section max 90
        assertThat(score("S01", "10", "D01", "60", "D02", "50").total()).isEqualByComparingTo("0");
    }

    @Test
    void samplingIsReproducibleFromTheSeed() {
        List<Long> population = java.util.stream.LongStream.rangeClosed(1, 50).boxed().toList();
        List<Long> reversed = new java.util.ArrayList<>(population);
        java.util.Collections.reverse(reversed);
        List<Long> a = Sampling.draw(population, 99L, 7);
        assertThat(a).hasSize(7).doesNotHaveDuplicates().isSubsetOf(population);
        assertThat(Sampling.draw(reversed, 99L, 7)).isEqualTo(a); // the population's order does not matter
        assertThat(Sampling.draw(population, 100L, 7)).isNotEqualTo(a);
        assertThat(Sampling.decode(Sampling.encode(reversed))).isEqualTo(population);
        assertThat(Sampling.draw(population, 1L, 80)).hasSize(50);
    }
}

package cn.zhifa.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseNumberFilterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
        "朝综执立字〔2026〕第0012号, 朝综执立字〔2026〕第0012号, -, -, -",
        "' 朝综执立字〔2026〕第12号 ', 朝综执立字〔2026〕第12号, -, -, -",
        "〔2026〕第5554号, -, 2026, 5554, -",
        "2026-12, -, 2026, 12, -",
        "2026 第12号, -, 2026, 12, -",
        "0012, -, -, 12, -",
        "第12号, -, -, 12, -",
        "朝综执, -, -, -, 朝综执",
        "朝综执立字, -, -, -, 朝综执立字",
    })
    void eachFormUsesAnIndex(String input, String exact, Integer year, Integer seq, String prefix) {
        assertThat(CaseNumberFilter.parse(input)).isEqualTo(new CaseNumberFilter(exact, year, seq, prefix));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"-", "''", "'   '"})
    void nothingTypedMeansNoFilter(String input) {
        assertThat(CaseNumberFilter.parse(input)).isNull();
    }
}

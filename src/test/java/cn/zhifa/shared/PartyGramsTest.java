package cn.zhifa.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pieces of party names and typed fragments (decision 0032). */
class PartyGramsTest {

    @Test
    void aNameGivesEachCharacterAndEachNeighbouringPairOnce() {
        assertThat(PartyGrams.of("张三")).containsExactly("张", "张三", "三");
        assertThat(PartyGrams.of(" 某某某 ")).containsExactly("某", "某某");
        assertThat(PartyGrams.of("𠮷野家")).containsExactly("𠮷", "𠮷野", "野", "野家", "家"); // by code point
        assertThat(PartyGrams.of("Li Ming")).contains("l", "li", "i ", " m", "ng").doesNotContain("L", "Li");
        assertThat(PartyGrams.of(null)).isEmpty();
        assertThat(PartyGrams.of("  ")).isEmpty();
    }

    @Test
    void aFragmentIsLookedUpByItsPairsOrByItsOneCharacter() {
        assertThat(PartyGrams.ofQuery("张")).containsExactly("张");
        assertThat(PartyGrams.ofQuery("餐饮")).containsExactly("餐饮");
        assertThat(PartyGrams.ofQuery("某某餐饮")).containsExactly("某某", "某餐", "餐饮");
        assertThat(PartyGrams.ofQuery("ABC")).containsExactly("ab", "bc");
        assertThat(PartyGrams.ofQuery(" ")).isEmpty();
    }

    @Test
    void theLikePatternTakesMetacharactersLiterally() {
        assertThat(PartyGrams.containsPattern(" 100%_A! ")).isEqualTo("%100!%!_a!!%");
    }
}

package cn.zhifa.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseAmountTest {

    @Test
    void amountInWordsAndFigures() {
        assertThat(ChineseAmount.of(new BigDecimal("600"))).isEqualTo("人民币陆佰元整（¥600.00）");
        assertThat(ChineseAmount.of(new BigDecimal("50000.00"))).isEqualTo("人民币伍万元整（¥50,000.00）");
        assertThat(ChineseAmount.of(new BigDecimal("0.5"))).isEqualTo("人民币伍角（¥0.50）");
        assertThat(ChineseAmount.of(new BigDecimal("999.999"))).isEqualTo("人民币壹仟元整（¥1,000.00）");
        assertThat(ChineseAmount.of(new BigDecimal("123456789.05"))).endsWith("（¥123,456,789.05）");
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY); // figures never follow the machine's locale
            assertThat(ChineseAmount.of(new BigDecimal("10050.5"))).isEqualTo("人民币壹万零伍拾元伍角（¥10,050.50）");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @ParameterizedTest
    @CsvSource({"0,零元整", "0.05,伍分", "0.5,伍角", "1,壹元整", "10,壹拾元整", "15,壹拾伍元整", "105,壹佰零伍元整",
            "200,贰佰元整", "1000,壹仟元整", "1001,壹仟零壹元整", "3000,叁仟元整", "10050.50,壹万零伍拾元伍角",
            "10000,壹万元整", "100000,壹拾万元整", "100500,壹拾万零伍佰元整", "1010000,壹佰零壹万元整",
            "200000000,贰亿元整", "100000001,壹亿零壹元整", "123456789.12,壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分",
            "1.02,壹元零贰分", "500,伍佰元整"})
    void capitals(String amount, String expected) {
        assertThat(ChineseAmount.capital(new BigDecimal(amount))).isEqualTo(expected);
    }
}

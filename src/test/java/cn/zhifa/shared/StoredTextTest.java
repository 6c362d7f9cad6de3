package cn.zhifa.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The stored form of texts (decision 0033): keys with data and labels, rendered per reader; plain text as stored. */
class StoredTextTest {

    private final Messages messages = new Messages(source());

    private static StaticMessageSource source() {
        StaticMessageSource s = new StaticMessageSource();
        s.setUseCodeAsDefaultMessage(false);
        for (Map.Entry<String, String[]> e : Map.of(
                "text.document.numbered", new String[] {"{0} {1}", "{0} {1}"},
                "doc.kind.DECISION", new String[] {"行政处罚决定书", "Administrative penalty decision"},
                "text.outcome.fine", new String[] {"{0} {1} 元", "{0} {1} yuan"},
                "ui.outcome.FINE", new String[] {"罚款", "Fine"},
                "text.withNote", new String[] {"{0}：{1}", "{0}: {1}"},
                "text.typed", new String[] {"{0}", "{0}"}).entrySet()) {
            s.addMessage(e.getKey(), Messages.ZH_CN, e.getValue()[0]);
            s.addMessage(e.getKey(), Locale.ENGLISH, e.getValue()[1]);
        }
        return s;
    }

    @Test
    void storedFormIsKeyThenArgsWithLabelsNestedAndDataAsStrings() {
        StoredText t = StoredText.of("text.document.numbered", StoredText.label("doc.kind.DECISION"), "京执罚〔2026〕1号");
        assertThat(t.stored()).isEqualTo(
                "{\"key\":\"text.document.numbered\",\"args\":[{\"key\":\"doc.kind.DECISION\"},\"京执罚〔2026〕1号\"]}");
        assertThat(StoredText.parse(t.stored())).isEqualTo(t);
        assertThat(StoredText.of("text.outcome.fine", StoredText.label("ui.outcome.FINE"), new BigDecimal("5E+2"))
                .stored()).contains("\"500\"");
        assertThat(StoredText.label("doc.kind.DECISION").stored()).isEqualTo("{\"key\":\"doc.kind.DECISION\"}");
        assertThat(StoredText.of("text.withNote", "a\"b\\c", null).stored())
                .isEqualTo("{\"key\":\"text.withNote\",\"args\":[\"a\\\"b\\\\c\",null]}");
    }

    @Test
    void rendersInTheReadersLanguageWithDataAsTyped() {
        String stored = StoredText.of("text.withNote",
                StoredText.of("text.outcome.fine", StoredText.label("ui.outcome.FINE"), new BigDecimal("500.00")),
                "当事人已改正").stored();
        assertThat(messages.render(stored, Messages.ZH_CN)).isEqualTo("罚款 500.00 元：当事人已改正");
        assertThat(messages.render(stored, Locale.ENGLISH)).isEqualTo("Fine 500.00 yuan: 当事人已改正");
        assertThat(messages.render(StoredText.of("text.withNote", "x", null).stored(), Locale.ENGLISH))
                .isEqualTo("x: —");
    }

    @Test
    void plainTextAndTextsStoredBeforeTheFormatRenderAsStored() {
        assertThat(messages.render("京执罚〔2026〕1号 行政处罚决定书", Locale.ENGLISH))
                .isEqualTo("京执罚〔2026〕1号 行政处罚决定书");
        assertThat(messages.render(null, Locale.ENGLISH)).isNull();
        assertThat(StoredText.parse("{\"key\":\"x\",\"extra\":1}")).isNull();
        assertThat(StoredText.parse("{\"key\":\"Not A Key\"}")).isNull();
        assertThat(StoredText.parse("{\"key\":\"text.withNote\"")).isNull();
        assertThat(StoredText.parse("{\"key\":\"a\",\"args\":[1]}")).isNull();
    }

    @Test
    void typedTextThatLooksLikeTheFormatStaysData() {
        String typed = "{\"key\":\"doc.kind.DECISION\"}";
        String stored = StoredText.typed(typed);
        assertThat(stored).isNotEqualTo(typed);
        assertThat(messages.render(stored, Locale.ENGLISH)).isEqualTo(typed);
        assertThat(StoredText.typed("意见：同意")).isEqualTo("意见：同意");
        assertThat(StoredText.typed(null)).isNull();
    }

    @Test
    void notesJoinOnlyWhenPresent() {
        StoredText base = StoredText.label("ui.outcome.FINE");
        assertThat(base.noted(" ")).isSameAs(base);
        assertThat(base.noted(null)).isSameAs(base);
        assertThat(messages.render(base.noted("已缴").stored(), Locale.ENGLISH)).isEqualTo("Fine: 已缴");
        assertThatThrownBy(() -> StoredText.of("不是键")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSourceScanFindsChineseLiteralsAndZhRenderingsStoredAsTexts() {
        assertThat(StoredTextScan.scan("A.java", "history.record(id, a, b, \"X\", uid, \"立案 \" + no);")).hasSize(1);
        assertThat(StoredTextScan.scan("A.java", "String t = \"催办\" + n;\nrecord.append(id, \"X\", uid, t, d);"))
                .hasSize(1);
        assertThat(StoredTextScan.scan("A.java",
                "notifications.notify(to, id, K, s, due, messages.get(\"k\", Messages.ZH_CN));")).hasSize(1);
        assertThat(StoredTextScan.scan("A.java",
                "history.record(id, a, b, \"X\", uid, StoredText.of(\"text.x\", no));")).isEmpty();
        assertThat(StoredTextScan.scan("A.java", ".document(DocumentKind.DECISION, t, docNo(c, \"罚决字\"));"))
                .isEmpty();
        assertThat(StoredTextScan.scan("A.java", "b.append(\"（第\");")).isEmpty();
    }
}

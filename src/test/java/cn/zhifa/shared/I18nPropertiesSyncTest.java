package cn.zhifa.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every bundle has the same keys in its default (zh-CN), zh_CN and en files, no value is blank, and each language's
 * file speaks only that language.
 */
class I18nPropertiesSyncTest {

    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages", "i18n/ui", "i18n/calendar", "i18n/daily", "i18n/publication", "i18n/review", "i18n/deliberation",
            "i18n/evidence", "i18n/record", "i18n/pipeline", "i18n/permissions", "i18n/redaction", "i18n/supervision", "i18n/hardening", "i18n/documents", "i18n/service", "i18n/execution", "i18n/exits", "i18n/remedy"})
    void bundlesHaveTheSameKeys(String basename) throws IOException {
        Properties base = load(basename + ".properties");
        Properties zh = load(basename + "_zh_CN.properties");
        Properties en = load(basename + "_en.properties");
        assertThat(base).isNotEmpty();
        assertThat(keys(zh)).as(basename + "_zh_CN vs default").isEqualTo(keys(base));
        assertThat(keys(en)).as(basename + "_en vs default").isEqualTo(keys(base));
        for (Properties p : new Properties[] {base, zh, en}) {
            p.forEach((k, v) -> assertThat(v.toString()).as(basename + " " + k).isNotBlank());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/ui", "i18n/calendar", "i18n/daily", "i18n/publication", "i18n/review", "i18n/deliberation",
            "i18n/evidence", "i18n/record", "i18n/pipeline", "i18n/permissions", "i18n/redaction", "i18n/supervision", "i18n/hardening", "i18n/documents", "i18n/service", "i18n/execution", "i18n/exits", "i18n/remedy"})
    void defaultBundleIsChinese(String basename) throws IOException {
        assertThat(load(basename + ".properties")).isEqualTo(load(basename + "_zh_CN.properties"));
    }

    /** Texts that read the same in both languages (format and algorithm names). */
    static final Set<String> SAME_IN_BOTH = Set.of("SHA-256");
    static final Pattern CJK = Pattern.compile("[\\u3400-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]");
    static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

    /**
     * No English leaks into the Chinese screens and no Chinese into the English ones: a zh-CN text with a Latin word
     * has Chinese in it too (a format name such as "ICS" inside a Chinese sentence is fine; an English sentence is
     * not), and an English text has no Chinese characters. Arguments ({0}) are data and not checked.
     */
    @ParameterizedTest
    @ValueSource(strings = {"i18n/messages", "i18n/ui", "i18n/calendar", "i18n/daily", "i18n/publication",
            "i18n/review", "i18n/deliberation", "i18n/evidence", "i18n/record", "i18n/pipeline", "i18n/permissions",
            "i18n/redaction", "i18n/supervision", "i18n/hardening", "i18n/documents", "i18n/service", "i18n/execution", "i18n/exits", "i18n/remedy"})
    void eachLanguageSpeaksOnlyItself(String basename) throws IOException {
        Set<String> leaks = new TreeSet<>();
        load(basename + "_zh_CN.properties").forEach((k, v) -> {
            String text = v.toString().replaceAll("\\{\\d+[^}]*}", "");
            if (!SAME_IN_BOTH.contains(text) && !CJK.matcher(text).find() && LATIN_WORD.matcher(text).find()) {
                leaks.add("zh_CN " + k + "=" + v);
            }
        });
        load(basename + "_en.properties").forEach((k, v) -> {
            if (CJK.matcher(v.toString()).find()) {
                leaks.add("en " + k + "=" + v);
            }
        });
        assertThat(leaks).as(basename).isEmpty();
    }

    private static Set<String> keys(Properties p) {
        Set<String> keys = new TreeSet<>();
        p.keySet().forEach(k -> keys.add(k.toString()));
        return keys;
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = I18nPropertiesSyncTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}

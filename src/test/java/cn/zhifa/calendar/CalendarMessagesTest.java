package cn.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The three calendar bundles have the same keys; calendar.properties is the zh-CN copy; every period has a label. */
class CalendarMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(CalendarMessagesTest.class.getClassLoader()
                .getResourceAsStream("i18n/" + name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void bundlesInSync() throws IOException {
        Properties zh = load("calendar_zh_CN.properties");
        Properties en = load("calendar_en.properties");
        Properties base = load("calendar.properties");
        assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
        assertThat(base).isEqualTo(zh);
        assertThat(zh.stringPropertyNames()).allMatch(k -> k.startsWith("calendar."));
    }

    @ParameterizedTest
    @EnumSource(StatutoryPeriod.class)
    void everyPeriodHasLabels(StatutoryPeriod period) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/calendar");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        assertThat(messages.getMessage(period.labelKey(), null, Locale.SIMPLIFIED_CHINESE)).isNotBlank();
        assertThat(messages.getMessage(period.labelKey(), null, Locale.ENGLISH)).isNotBlank()
                .isNotEqualTo(messages.getMessage(period.labelKey(), null, Locale.SIMPLIFIED_CHINESE));
        assertThat(messages.getMessage("calendar.unit." + period.defaultPeriod().unit(), null, Locale.ENGLISH)).isNotBlank();
    }
}

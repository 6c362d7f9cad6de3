package cn.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every refusal of the calendar's administration (day changes, ICS import) carries a message key that both languages
 * have, so the Chinese screen never shows the English parser message ("Not a readable iCalendar…").
 */
class CalendarInputTextsTest {

    static final Pattern KEY = Pattern.compile("CalendarInputException\\.of\\(\"(\\w+)\"");

    @Test
    void everyRefusalHasItsTextInBothLanguages() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String source : new String[] {"CalendarAdminService.java", "IcsCodec.java"}) {
            String text = Files.readString(Path.of("src/main/java/cn/zhifa/calendar", source));
            assertThat(text).as(source).doesNotContain("new CalendarInputException(");
            Matcher m = KEY.matcher(text);
            while (m.find()) {
                keys.add("calendar.input." + m.group(1));
            }
        }
        assertThat(keys).hasSizeGreaterThan(15);
        Properties zh = load("i18n/calendar_zh_CN.properties");
        Properties en = load("i18n/calendar_en.properties");
        for (String key : keys) {
            assertThat(zh.getProperty(key)).as(key).isNotBlank();
            assertThat(en.getProperty(key)).as(key).isNotBlank();
        }
    }

    @Test
    void anUnreadableFileIsRefusedWithItsKeyAndTheParsersWords() {
        CalendarInputException e = org.junit.jupiter.api.Assertions.assertThrows(CalendarInputException.class,
                () -> IcsCodec.read(new ByteArrayInputStream("not a calendar".getBytes(StandardCharsets.UTF_8)),
                        2027, "x"));
        assertThat(e.key()).isIn("calendar.input.notIcs", "calendar.input.unreadable");
        assertThat(e.args()).hasSize(1);
        assertThat(e.getMessage()).isNotBlank();
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = CalendarInputTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}

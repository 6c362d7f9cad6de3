package cn.zhifa.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every way of replying to a complainant is shown in the reader's language, never as PHONE or SMS. */
class ComplaintReplyTextsTest {

    @Test
    void everyReplyMethodHasItsNameInBothLanguages() throws IOException {
        Properties zh = load("i18n/daily_zh_CN.properties");
        Properties en = load("i18n/daily_en.properties");
        assertThat(ComplaintReply.METHODS).containsExactly("PHONE", "SMS", "LETTER", "ONLINE", "IN_PERSON");
        for (String method : ComplaintReply.METHODS) {
            String key = "complaint.replyMethod." + method;
            assertThat(zh.getProperty(key)).as(key).isNotBlank().doesNotContain(method).matches(".*\\p{IsHan}.*");
            assertThat(en.getProperty(key)).as(key).isNotBlank().isNotEqualTo(method);
        }
        assertThat(zh.getProperty("complaint.replyMethod.SMS")).isEqualTo("短信");
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = ComplaintReplyTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}

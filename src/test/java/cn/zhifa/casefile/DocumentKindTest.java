package cn.zhifa.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Document kinds: codes unchanged (they are stored and keyed on by the templates), titles in both languages. */
class DocumentKindTest {

    @Test
    void codesAreTheStoredDocumentTypes() {
        assertThat(DocumentKind.valueOf("FILING_APPROVAL_FORM").code()).isEqualTo("FILING_APPROVAL_FORM");
        assertThat(DocumentKind.values()).extracting(DocumentKind::code).contains("FILING_APPROVAL_FORM",
                "NOT_FILED_DECISION", "INVESTIGATION_REPORT", "CASE_REVIEW_FORM", "LEGAL_REVIEW_OPINION",
                "ADVANCE_NOTICE", "HEARING_REQUEST", "STATEMENT_WAIVER", "STATEMENT_RECORD", "STATEMENT_REVIEW",
                "HEARING_NOTICE", "HEARING_TRANSCRIPT", "HEARING_TERMINATION", "DECISION", "SERVICE_RECEIPT",
                "PAYMENT_RECEIPT", "CLOSING_APPROVAL_FORM", "LEAD_REGISTRATION", "SUMMARY_DECISION",
                "PRESERVATION_NOTICE", "PRESERVATION_DECISION", "DELIBERATION_MINUTES", "CORRECTION_ORDER");
        assertThat(DocumentKind.DECISION.title()).isEqualTo("行政处罚决定书");
    }

    @Test
    void everyKindHasAChineseAndAnEnglishTitleInTheBundles() throws IOException {
        Properties zh = load("i18n/pipeline_zh_CN.properties");
        zh.putAll(load("i18n/documents_zh_CN.properties"));
        Properties en = load("i18n/pipeline_en.properties");
        en.putAll(load("i18n/documents_en.properties"));
        for (DocumentKind k : DocumentKind.values()) {
            assertThat(zh.getProperty(k.messageKey())).as(k.name()).isEqualTo(k.title());
            assertThat(en.getProperty(k.messageKey())).as(k.name()).isNotBlank().isNotEqualTo(k.title());
        }
    }

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = DocumentKindTest.class.getClassLoader().getResourceAsStream(path)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}

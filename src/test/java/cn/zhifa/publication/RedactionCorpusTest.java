package cn.zhifa.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The redaction corpus (≥ 200 realistic fact texts): every text redacted as a draft is, then every secret looked for
 * in the result in any spacing or width. Reports the leak rate (must be 0) and the false-positive rate (legal
 * articles, amounts, dates, times, case and work-order numbers destroyed), and checks that the review's re-scan
 * accepts every draft as it was redacted. The report is written to target/redaction-corpus-report.txt.
 */
class RedactionCorpusTest {

    private final Redactor redactor = new Redactor(Redactor.NameRule.SURNAME_MOUMOU);

    @Test
    void corpusLeaksNothingAndKeepsTheLegalContent() throws IOException {
        List<RedactionCorpus.Entry> corpus = RedactionCorpus.load();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
        int secrets = 0;
        int keeps = 0;
        List<String> leaks = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        List<String> rescans = new ArrayList<>();
        Map<Redactor.Category, Integer> found = new EnumMap<>(Redactor.Category.class);
        for (RedactionCorpus.Entry e : corpus) {
            Redactor.Result r = redactor.redact(e.text(), e.names(), e.addresses());
            r.found().forEach((c, n) -> found.merge(c, n, Integer::sum));
            secrets += e.secrets().size();
            keeps += e.keep().size();
            for (String s : RedactionCorpus.leaks(e, r.text())) {
                leaks.add("#" + e.id() + " 「" + s + "」 in: " + r.text());
            }
            for (String k : e.keep()) {
                if (!r.text().contains(k)) {
                    lost.add("#" + e.id() + " 「" + k + "」 in: " + r.text());
                }
            }
            var again = redactor.scan(r.text(), e.names(), e.addresses());
            if (!again.isEmpty()) {
                rescans.add("#" + e.id() + " " + again.stream().map(Redactor.Finding::describe).toList());
            }
        }
        String report = ("redaction corpus: %d texts, %d secrets, %d leaked (leak rate %.2f %%); %d legal items, %d destroyed"
                + " (false-positive rate %.2f %%); found %s%n%s%n%s%n%s")
                .formatted(corpus.size(), secrets, leaks.size(), 100.0 * leaks.size() / secrets, keeps, lost.size(),
                        100.0 * lost.size() / keeps, found, String.join("\n", leaks), String.join("\n", lost),
                        String.join("\n", rescans));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/redaction-corpus-report.txt"), report, StandardCharsets.UTF_8);
        System.out.println(report);
        assertThat(leaks).as("leaks").isEmpty();
        assertThat(rescans).as("the re-scan of a draft finds nothing").isEmpty();
        assertThat(100.0 * lost.size() / keeps).as("false-positive rate %").isLessThanOrEqualTo(1.0);
    }
}

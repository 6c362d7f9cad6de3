package cn.zhifa.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.IdType;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.Party;
import cn.zhifa.casefile.PartyKind;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Corpus cases through the real pipeline to the public portal: decided, drafted, reviewed as drafted, published; the
 * public page, the list and the JSON feed show none of the corpus's personal data (in any spacing or width). Every
 * sixth corpus text (40 cases: all case types, natural persons and organisations) keeps the run short.
 */
@IntegrationTest
class RedactionPortalIT {

    @Autowired CaseFiles f;
    @Autowired CaseFileService cases;
    @Autowired PublicationService publications;
    @Autowired TestRestTemplate rest;

    @Test
    void publishedCorpusCasesShowNoPersonalData() {
        List<RedactionCorpus.Entry> corpus = RedactionCorpus.load();
        List<String> leaks = new ArrayList<>();
        int published = 0;
        for (int i = 0; i < corpus.size(); i += 6) {
            RedactionCorpus.Entry e = corpus.get(i);
            Party party = e.natural()
                    ? new Party(PartyKind.NATURAL_PERSON, e.partyName(), IdType.ID_CARD, "110105199001011232",
                            "13800138000", e.partyAddress())
                    : new Party(PartyKind.ORGANIZATION, e.partyName(), IdType.CREDIT_CODE, "91110105MA01ABCD2X",
                            "010-65123456", "北京市朝阳区工体北路1号");
            CaseFile c = PublicationFixtures.decided(f, cases, party, e.text(), OutcomeType.FINE);
            Publication p = publications.ofCase(f.actor("officer1"), c.id()).orElseThrow();
            // the officer accepts the draft as redacted: the re-scan must agree
            publications.review(f.actor("officer1"), p.id(), p.partyText(), p.factsText(), null);
            Publication pub = publications.publish(f.actor("head1"), p.id());
            published++;
            String page = rest.getForObject("/public/decisions/" + pub.publicId(), String.class);
            assertThat(page).contains(pub.docNo());
            for (String s : RedactionCorpus.leaks(e, page)) {
                leaks.add("#" + e.id() + " page 「" + s + "」");
            }
        }
        String list = rest.getForObject("/public/decisions", String.class);
        StringBuilder feed = new StringBuilder();
        String next = null;
        do {
            String json = rest.getForObject("/public/decisions.json" + (next == null ? "" : "?after=" + next),
                    String.class);
            feed.append(json);
            var m = java.util.regex.Pattern.compile("\"next\"\\s*:\\s*\"([0-9a-f]{32})\"").matcher(json);
            next = m.find() ? m.group(1) : null;
        } while (next != null);
        for (int i = 0; i < corpus.size(); i += 6) {
            RedactionCorpus.Entry e = corpus.get(i);
            for (String s : RedactionCorpus.leaks(e, list)) {
                leaks.add("#" + e.id() + " list 「" + s + "」");
            }
            for (String s : RedactionCorpus.leaks(e, feed.toString())) {
                leaks.add("#" + e.id() + " feed 「" + s + "」");
            }
        }
        System.out.println("portal: " + published + " corpus cases published, " + leaks.size() + " leaks " + leaks);
        assertThat(published).isEqualTo(40);
        assertThat(leaks).isEmpty();
    }
}

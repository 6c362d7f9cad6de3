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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    void publishedCorpusCasesShowNoPersonalData() throws Exception {
        List<RedactionCorpus.Entry> corpus = RedactionCorpus.load();
        List<String> leaks = new ArrayList<>();
        int published = 0;
        Map<String, RedactionCorpus.Entry> ours = new HashMap<>();
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
            ours.put(pub.publicId(), e);
            String page = rest.getForObject("/public/decisions/" + pub.publicId(), String.class);
            assertThat(page).contains(pub.docNo());
            for (String s : RedactionCorpus.leaks(e, page)) {
                leaks.add("#" + e.id() + " page 「" + s + "」");
            }
        }
        // the list and the feed hold every test's publications on a shared database: a public id (32 hex digits) can
        // hold a secret's digits by chance, so ids are taken out of the list, and each feed item is read against its
        // own corpus entry without its id and link
        String list = rest.getForObject("/public/decisions", String.class).replaceAll("[0-9a-f]{32}", " ");
        for (int i = 0; i < corpus.size(); i += 6) {
            RedactionCorpus.Entry e = corpus.get(i);
            for (String s : RedactionCorpus.leaks(e, list)) {
                leaks.add("#" + e.id() + " list 「" + s + "」");
            }
        }
        int inFeed = 0;
        String next = null;
        do {
            JsonNode json = new ObjectMapper().readTree(rest.getForObject(
                    "/public/decisions.json" + (next == null ? "" : "?after=" + next), String.class));
            for (JsonNode item : json.get("items")) {
                RedactionCorpus.Entry e = ours.get(item.get("publicId").asText());
                if (e == null) {
                    continue;
                }
                inFeed++;
                ObjectNode shown = item.deepCopy();
                shown.remove(List.of("publicId", "url"));
                for (String s : RedactionCorpus.leaks(e, shown.toString())) {
                    leaks.add("#" + e.id() + " feed 「" + s + "」");
                }
            }
            next = json.path("next").isTextual() ? json.get("next").asText() : null;
        } while (next != null);
        System.out.println("portal: " + published + " corpus cases published, " + leaks.size() + " leaks " + leaks);
        assertThat(published).isEqualTo(40);
        assertThat(inFeed).as("every published corpus case is in the open-data feed").isEqualTo(40);
        assertThat(leaks).isEmpty();
    }
}

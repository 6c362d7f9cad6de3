package cn.zhifa.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.ViolationItem;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What the public can reach: only published, redacted decisions by their random public id. Drafts, excluded and
 * unknown ids, internal ids and guessed ids all answer 404; the feeds carry no internal field; output is escaped;
 * body, officers and items come from the system's own data.
 */
@IntegrationTest
class PublicPortalIT {

    @Autowired CaseFiles f;
    @Autowired CaseFileService cases;
    @Autowired PublicationService publications;
    @Autowired PublicDecisions decisions;
    @Autowired OrganizationService organization;
    @Autowired TestRestTemplate rest;
    final ObjectMapper json = new ObjectMapper();

    private Publication published(String company, String facts) {
        CaseFile c = PublicationFixtures.decided(f, cases, PublicationFixtures.company(company), facts,
                OutcomeType.FINE);
        Publication p = publications.ofCase(f.actor("officer1"), c.id()).orElseThrow();
        publications.review(f.actor("officer1"), p.id(), p.partyText(), p.factsText(), null);
        return publications.publish(f.actor("head1"), p.id());
    }

    /** The public id with its last character changed (never the id itself). */
    private static String nearMiss(String publicId) {
        return publicId.substring(0, 31) + (publicId.endsWith("0") ? "1" : "0");
    }

    private HttpStatus status(String path) {
        return HttpStatus.valueOf(rest.getForEntity(path, String.class).getStatusCode().value());
    }

    @Test
    void onlyPublishedDecisionsAreReachable() throws Exception {
        Publication pub = published("甲某某建材有限公司", "当事人在人行道堆放建材。");
        CaseFile draftCase = PublicationFixtures.decided(f, cases, PublicationFixtures.person("赵大勇", "110105198001011234"),
                "当事人赵大勇占道经营。", OutcomeType.FINE);
        Publication draft = publications.ofCase(f.actor("officer1"), draftCase.id()).orElseThrow();

        assertThat(status("/public/decisions/" + pub.publicId())).isEqualTo(HttpStatus.OK);
        // the draft, internal ids, case numbers, near misses and injection attempts: all 404, same answer
        for (String probe : List.of(draft.publicId(), String.valueOf(draft.id()), String.valueOf(pub.id()),
                String.valueOf(draftCase.id()), nearMiss(pub.publicId()), pub.publicId().toUpperCase(),
                "00000000000000000000000000000000", "' OR '1'='1")) {
            ResponseEntity<String> r = rest.getForEntity("/public/decisions/" + probe, String.class);
            assertThat(r.getStatusCode().value()).as(probe).isEqualTo(404);
            assertThat(r.getBody()).as(probe).doesNotContain("赵", "占道经营");
        }
        // a path-traversal attempt is refused by the firewall or lands on no data
        ResponseEntity<String> traversal = rest.getForEntity("/public/decisions/..%2F..%2Fapi%2Fcases", String.class);
        assertThat(traversal.getBody()).as(traversal.getStatusCode() + " " + traversal.getBody())
                .doesNotContain("决定书文号", "占道经营", "caseNo");
        // lists and feeds never show the draft; feed items carry only public fields
        String list = rest.getForObject("/public/decisions", String.class);
        assertThat(list).contains(pub.publicId()).doesNotContain(draft.publicId(), "赵大勇", "赵某某");
        JsonNode feed = json.readTree(rest.getForObject("/public/decisions.json", String.class));
        Set<String> ids = new HashSet<>();
        for (JsonNode item : feed.get("items")) {
            ids.add(item.get("publicId").asText());
            Set<String> fields = new HashSet<>();
            item.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsExactlyInAnyOrder("publicId", "url", "docNo", "body", "party", "item",
                    "category", "facts", "basis", "conclusion", "decidedDate", "publishedDate");
        }
        assertThat(ids).contains(pub.publicId()).doesNotContain(draft.publicId());
        String atom = rest.getForObject("/public/decisions.atom", String.class);
        assertThat(atom).startsWith("<?xml").contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">")
                .contains(pub.publicId()).doesNotContain(draft.publicId());
        for (String body : List.of(list, feed.toString(), atom)) {
            assertThat(body).doesNotContain("91110105MA01ABCD2X", "13800138000", draftCase.caseNo());
        }
        // the officers' API needs a login
        assertThat(status("/api/publications")).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void outputIsEscaped() {
        Publication pub = published("<script>alert(1)</script>某公司", "当事人\"<img src=x onerror=alert(2)>\"占道。");
        String detail = rest.getForObject("/public/decisions/" + pub.publicId(), String.class);
        assertThat(detail).doesNotContain("<script>alert(1)", "<img src=x").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(2)&gt;");
        assertThat(rest.getForObject("/public/decisions", String.class)).doesNotContain("<script>alert(1)");
        assertThat(rest.getForObject("/public/decisions.atom", String.class)).doesNotContain("<script>alert(1)");
        ResponseEntity<String> r = rest.getForEntity("/public/decisions/" + pub.publicId(), String.class);
        assertThat(r.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'");
    }

    @Test
    void searchByItemAndDateWithPaging() {
        Publication pub = published("乙某某商贸有限公司", "当事人擅自设置户外广告。");
        long item = f.item();
        String today = f.today().toString();
        String hit = rest.getForObject("/public/decisions?item=" + item + "&from=" + today + "&to=" + today,
                String.class);
        assertThat(hit).contains(pub.publicId());
        long other = organization.items(false).stream().map(ViolationItem::id).filter(i -> i != item).findFirst()
                .orElse(-1L);
        assertThat(rest.getForObject("/public/decisions?item=" + other, String.class)).doesNotContain(pub.publicId());
        assertThat(rest.getForObject("/public/decisions?to=2000-01-01", String.class)).contains("共 0 条");
        // nonsense filters and cursors fall back to the unfiltered first page
        String fallback = rest.getForObject("/public/decisions?after=../../etc&from=nonsense", String.class);
        assertThat(fallback).contains(pub.publicId()).doesNotContain("rel=\"first\"");
    }

    @Test
    void keysetPagingWalksEveryDecisionOnceNewestFirst() {
        Publication older = published("丙某某餐饮有限公司", "当事人店外经营。");
        Publication newer = published("丁某某物流有限公司", "当事人占道装卸。");
        PublicPage<PublicDecision> first = decisions.published(null, null, null, null, 1);
        assertThat(first.first()).isTrue();
        assertThat(first.items()).extracting(PublicDecision::publicId).containsExactly(newer.publicId());
        assertThat(first.next()).isEqualTo(newer.publicId());
        PublicPage<PublicDecision> second = decisions.published(null, null, null, first.next(), 1);
        assertThat(second.first()).isFalse();
        assertThat(second.items()).extracting(PublicDecision::publicId).containsExactly(older.publicId());
        // walking on to the end visits every listed decision exactly once
        Set<String> seen = new HashSet<>(List.of(newer.publicId(), older.publicId()));
        PublicPage<PublicDecision> page = second;
        while (page.next() != null) {
            page = decisions.published(null, null, null, page.next(), 1);
            page.items().forEach(d -> assertThat(seen.add(d.publicId())).as("listed twice: %s", d.publicId()).isTrue());
        }
        assertThat((long) seen.size()).isEqualTo(first.total());
        assertThat(first.totalCapped()).isFalse();
        // the HTML list links the next page by cursor, never by offset
        String html = rest.getForObject("/public/decisions", String.class);
        assertThat(html).doesNotContain("page=");
        // a withdrawn decision's id is no cursor: the list starts again at the top
        publications.withdraw(f.actor("head1"), newer.id(), WithdrawalReason.REVOKED, f.today(), "经复议撤销");
        PublicPage<PublicDecision> restarted = decisions.published(null, null, null, newer.publicId(), 1);
        assertThat(restarted.first()).isTrue();
        assertThat(restarted.items()).extracting(PublicDecision::publicId).doesNotContain(newer.publicId());
    }

    @Test
    void bodyOfficersAndItemsComeFromTheSystemData() {
        String body = rest.getForObject("/public/body", String.class);
        organization.units().forEach(u -> assertThat(body).contains(u.name()));
        assertThat(body).contains("12345");
        String officers = rest.getForObject("/public/officers", String.class);
        organization.allCertificates().stream().filter(c -> c.isValidOn(f.today())).forEach(c -> assertThat(officers)
                .contains(c.certNo(), organization.user(c.userId()).displayName()));
        assertThat(officers).doesNotContain("赵敏"); // the auxiliary holds no certificate
        String items = rest.getForObject("/public/items", String.class);
        organization.items(true).forEach(i -> assertThat(items).contains(i.name()));
        assertThat(rest.getForObject("/public/procedure", String.class)).contains("7个工作日", "90日");
        assertThat(rest.getForObject("/public/remedies", String.class)).contains("六十日", "六个月");
        assertThat(status("/public")).isEqualTo(HttpStatus.OK);
    }
}

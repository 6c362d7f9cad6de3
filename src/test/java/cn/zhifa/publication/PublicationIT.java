package cn.zhifa.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.StageChange;
import cn.zhifa.notification.Notification;
import cn.zhifa.notification.NotificationService;
import cn.zhifa.publication.process.PublicationWatch;
import cn.zhifa.shared.DomainException;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.MutableClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The pipeline end to end with a controlled clock: a decision drafts a redacted publication due in 7 working days;
 * the watch warns and alerts on calendar dates; review, release, withdrawal with explanation, takedown; every step
 * on the case timeline; exclusions block release.
 */
@IntegrationTest
class PublicationIT {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired CaseFiles f;
    @Autowired CaseFileService cases;
    @Autowired PublicationService publications;
    @Autowired NotificationService notifications;
    @Autowired MutableClock clock;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired TestRestTemplate rest;

    private void at(LocalDateTime t) {
        clock.setWithEngine(t);
    }

    @AfterEach
    void realTime() {
        clock.resetWithEngine();
    }

    private Publication publicationOf(CaseFile c) {
        return publications.ofCase(f.actor("officer1"), c.id()).orElseThrow();
    }

    private ProcessInstance watch(long publicationId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PublicationWatch.PROCESS_KEY)
                .processInstanceBusinessKey(PublicationWatch.businessKey(publicationId)).singleResult();
    }

    private Job timer(String pi) {
        return management.createJobQuery().processInstanceId(pi).timers().singleResult();
    }

    private void runDueTimers(String pi) {
        for (Job j : management.createJobQuery().processInstanceId(pi).timers().executable().list()) {
            management.executeJob(j.getId());
        }
    }

    private List<Notification> notes(String user, long caseId) {
        return notifications.mine(f.actor(user), false, 200).stream()
                .filter(n -> n.caseId() != null && n.caseId() == caseId).toList();
    }

    private List<String> timeline(long caseId) {
        return cases.view(f.actor("officer1"), caseId).history().stream().map(StageChange::action).toList();
    }

    private static String code(Throwable e) {
        return ((DomainException) e).code();
    }

    @Test
    void decidedPenaltyIsDraftedRedactedWarnedPublishedLateWithdrawnAndExplained() {
        at(LocalDateTime.of(2026, 3, 2, 9, 0)); // Monday, no holiday before 11 March
        CaseFile c = PublicationFixtures.decided(f, cases, PublicationFixtures.person("王小明", "110105199001011234"),
                PublicationFixtures.FACTS, OutcomeType.FINE);
        Publication p = publicationOf(c);
        assertThat(p.status()).isEqualTo(PublicationStatus.DRAFT);
        assertThat(p.penalty()).isTrue();
        // 7 working days after Mon 2 Mar: 3, 4, 5, 6, 9, 10, 11 Mar
        assertThat(p.dueDate()).isEqualTo("2026-03-11");
        assertThat(p.partyText()).isEqualTo("王某某");
        assertThat(p.factsText()).isEqualTo("经查，当事人王某某（身份证号***，手机***）于朝阳路1号门前占道经营，"
                + "其住址：北京市朝阳区幸福路***。");
        assertThat(p.conclusionText()).isEqualTo("罚款人民币500.00元；责令立即改正");
        assertThat(p.docNo()).isNotBlank();
        assertThat(p.redactionSummary()).contains("身份证号 1 处", "手机号码 1 处", "自然人姓名 1 处");
        // the draft follows the decision at once (the decision step's documents, e.g. the 责令改正通知书, may sit between)
        List<String> t = timeline(c.id()).stream().filter(x -> !x.startsWith("DOCUMENT_")).toList();
        assertThat(t.subList(t.indexOf("DECIDED"), t.size())).startsWith("DECIDED", "PUBLICATION_DRAFTED");

        // the watch: yellow 3 working days before (Fri 6 Mar 08:30), red after the last day
        ProcessInstance w = watch(p.id());
        assertThat(timer(w.getId()).getDuedate())
                .isEqualTo(Date.from(LocalDateTime.of(2026, 3, 6, 8, 30).atZone(CHINA).toInstant()));
        at(LocalDateTime.of(2026, 3, 6, 8, 31));
        runDueTimers(w.getId());
        assertThat(notes("officer1", c.id())).extracting(Notification::kind)
                .containsExactly(PublicationService.PUBLICATION_WARNING);
        assertThat(notes("head1", c.id())).isEmpty();
        assertThat(timer(w.getId()).getDuedate())
                .isEqualTo(Date.from(LocalDateTime.of(2026, 3, 12, 0, 0).atZone(CHINA).toInstant()));
        at(LocalDateTime.of(2026, 3, 12, 0, 1));
        runDueTimers(w.getId());
        assertThat(notes("head1", c.id())).extracting(Notification::kind)
                .containsExactly(PublicationService.PUBLICATION_OVERDUE);
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(w.getId())
                .activityId(PublicationWatch.END_OVERDUE).count()).isEqualTo(1);

        // review: an adjustment can only hide more; publication needs the review and a leader or head
        at(LocalDateTime.of(2026, 3, 12, 10, 0));
        assertThatThrownBy(() -> publications.publish(f.actor("head1"), p.id()))
                .satisfies(e -> assertThat(code(e)).isEqualTo("publication.notReviewed"));
        assertThatThrownBy(() -> publications.review(f.actor("officer1"), p.id(), "王某某",
                p.factsText() + "联系电话13912345678", "补充"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("publication.stillSensitive"));
        Publication reviewed = publications.review(f.actor("officer1"), p.id(), "王某某",
                p.factsText().replace("于朝阳路1号门前", "于朝阳路门前"), "门牌号可识别住所，隐去");
        assertThat(reviewed.factsText()).contains("于朝阳路门前");
        assertThatThrownBy(() -> publications.publish(f.actor("officer1"), p.id()))
                .satisfies(e -> assertThat(code(e)).isEqualTo("permission.denied"));
        Publication published = publications.publish(f.actor("head1"), p.id());
        assertThat(published.status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(published.publishedLate()).isTrue();
        assertThat(published.displayUntil()).as("natural person: 2 years").isEqualTo("2028-03-12");

        ResponseEntity<String> page = rest.getForEntity("/public/decisions/" + p.publicId(), String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("王某某", "于朝阳路门前", "罚款人民币500.00元")
                .doesNotContain("王小明", "110105199001011234", "13800138000", "8号院", c.caseNo());

        // revoked on Thu 12 Mar: due Tue 17 Mar (13, 16, 17)
        assertThatThrownBy(() -> publications.withdraw(f.actor("officer1"), p.id(), WithdrawalReason.REVOKED,
                LocalDate.of(2026, 3, 12), "x")).satisfies(e -> assertThat(code(e)).isEqualTo("permission.denied"));
        at(LocalDateTime.of(2026, 3, 16, 9, 0));
        Publication withdrawn = publications.withdraw(f.actor("head1"), p.id(), WithdrawalReason.REVOKED,
                LocalDate.of(2026, 3, 12), "该决定经行政复议被撤销，现撤回公示信息。");
        assertThat(withdrawn.status()).isEqualTo(PublicationStatus.WITHDRAWN);
        assertThat(withdrawn.withdrawalDueDate()).isEqualTo("2026-03-17");
        assertThat(withdrawn.withdrawnLate()).isFalse();
        String after = rest.getForObject("/public/decisions/" + p.publicId(), String.class);
        assertThat(after).contains("已撤回", "决定被撤销", "该决定经行政复议被撤销").doesNotContain("王某某", "占道经营",
                "500.00");
        assertThat(rest.getForObject("/public/decisions.json", String.class)).doesNotContain(p.publicId());
        assertThat(timeline(c.id())).containsSubsequence("PUBLICATION_DRAFTED", "PUBLICATION_WARNING",
                "PUBLICATION_OVERDUE", "PUBLICATION_REDACTION_ADJUSTED", "PUBLICATION_PUBLISHED",
                "PUBLICATION_WITHDRAWN");
    }

    @Test
    void releasedInTimeEndsTheWatchQuietlyAndTakedownFollowsTheDisplayPeriod() {
        at(LocalDateTime.of(2026, 3, 2, 9, 0));
        CaseFile c = PublicationFixtures.decided(f, cases, PublicationFixtures.company("朝阳某某餐饮有限公司"),
                "当事人在店外占道经营。", OutcomeType.WARNING);
        Publication p = publicationOf(c);
        assertThat(p.partyText()).as("organisations are named").isEqualTo("朝阳某某餐饮有限公司");
        publications.review(f.actor("officer2"), p.id(), p.partyText(), p.factsText(), null);
        Publication published = publications.publish(f.actor("leader1"), p.id());
        assertThat(published.publishedLate()).isFalse();
        assertThat(published.displayUntil()).as("organisation: 5 years").isEqualTo("2031-03-02");
        ProcessInstance w = watch(p.id());
        at(LocalDateTime.of(2026, 3, 6, 8, 31));
        runDueTimers(w.getId());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(w.getId()).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(w.getId())
                .activityId(PublicationWatch.END_RELEASED_BEFORE_WARNING).count()).isEqualTo(1);
        assertThat(notes("officer1", c.id())).isEmpty();

        at(LocalDateTime.of(2031, 3, 2, 12, 0));
        assertThat(rest.getForEntity("/public/decisions/" + p.publicId(), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        at(LocalDateTime.of(2031, 3, 3, 1, 0));
        assertThat(rest.getForEntity("/public/decisions/" + p.publicId(), String.class).getStatusCode())
                .as("hidden the day after the period even before the takedown job ran").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(publications.takeDownExpired()).isGreaterThanOrEqualTo(1);
        assertThat(publicationOf(c).status()).isEqualTo(PublicationStatus.TAKEN_DOWN);
        assertThat(timeline(c.id())).contains("PUBLICATION_TAKEN_DOWN");
    }

    @Test
    void exclusionsBlockPublicationWithAReason() {
        at(LocalDateTime.of(2026, 3, 2, 9, 0));
        // a 16-year-old party: excluded automatically, no watch
        CaseFile minor = PublicationFixtures.decided(f, cases, PublicationFixtures.person("李小华", "110105200905051234"),
                "当事人在校门口摆摊。", OutcomeType.WARNING);
        Publication m = publicationOf(minor);
        assertThat(m.status()).isEqualTo(PublicationStatus.EXCLUDED);
        assertThat(m.exclusion()).isEqualTo(Exclusion.MINOR);
        assertThat(watch(m.id())).isNull();
        assertThatThrownBy(() -> publications.publish(f.actor("head1"), m.id()))
                .satisfies(e -> assertThat(code(e)).isEqualTo("publication.wrongStatus"));
        assertThat(timeline(minor.id())).contains("PUBLICATION_DRAFTED", "PUBLICATION_EXCLUDED");
        assertThat(rest.getForEntity("/public/decisions/" + m.publicId(), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        // other decisions (不予处罚) have 20 working days; an officer excludes with a reason
        CaseFile other = PublicationFixtures.decided(f, cases, PublicationFixtures.company("某某商贸有限公司"),
                "当事人违法情节轻微并及时改正。", OutcomeType.NO_PENALTY);
        Publication o = publicationOf(other);
        assertThat(o.penalty()).isFalse();
        assertThat(o.dueDate()).as("20 working days from Mon 2 Mar").isEqualTo("2026-03-30");
        assertThatThrownBy(() -> publications.exclude(f.actor("officer1"), o.id(), Exclusion.COMMERCIAL_SECRET, " "))
                .satisfies(e -> assertThat(code(e)).isEqualTo("field.required"));
        Publication excluded = publications.exclude(f.actor("officer1"), o.id(), Exclusion.COMMERCIAL_SECRET,
                "事实部分涉及当事人配方");
        assertThat(excluded.status()).isEqualTo(PublicationStatus.EXCLUDED);
        assertThat(cases.view(f.actor("officer1"), other.id()).history()).anySatisfy(h -> {
            assertThat(h.action()).isEqualTo("PUBLICATION_EXCLUDED");
            assertThat(h.text()).contains("涉及商业秘密", "配方");
        });
        // the watch then ends quietly
        ProcessInstance w = watch(o.id());
        at(LocalDateTime.of(2026, 3, 30, 9, 0));
        runDueTimers(w.getId());
        assertThat(notes("officer1", other.id())).isEmpty();
        // a head lifts it; other units never see it
        assertThatThrownBy(() -> publications.get(f.actor("wj_head1"), o.id()))
                .satisfies(e -> assertThat(code(e)).isEqualTo("publication.notFound"));
        assertThat(publications.liftExclusion(f.actor("head1"), o.id(), "经核实不涉及商业秘密").status())
                .isEqualTo(PublicationStatus.DRAFT);
    }
}

package cn.zhifa.casefile;

import static cn.zhifa.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.demo.DemoData;
import cn.zhifa.shared.Messages;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The agency as respondent (issue #12 item 4 (a), decision record 0027) on the controlled clock: the copy of the
 * reconsideration application starts 10 working days for the 答复, the copy of the complaint 15 days for the 答辩状
 * (end-day shift over the May holiday); both show among the case's deadlines; a late answer is recorded and flagged;
 * every refusal with its reason and nothing changed.
 */
@IntegrationTest
class RemedyResponseIT {

    @Autowired CaseFiles f;
    @Autowired MutableClock clock;
    @Autowired RemedyService remedies;
    @Autowired CaseFileService cases;
    @Autowired CaseClockService caseClock;
    @Autowired Messages messages;
    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;

    private void today(String day) {
        clock.setMorningOf(day);
    }

    @AfterEach
    void realTime() {
        clock.set(Instant.now());
    }

    private Supplier<Object> snapshot(long caseId) {
        return () -> List.of(cases.view(f.actor("head1"), caseId), remedies.ofCase(f.actor("head1"), caseId),
                caseClock.deadlines(f.actor("head1"), caseId), remedies.hearings(f.actor("head1"), caseId));
    }

    private CaseDeadline deadline(long caseId, DeadlineKind kind) {
        return caseClock.deadlines(f.actor("officer1"), caseId).stream().filter(d -> d.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no deadline " + kind));
    }

    private List<String> actions(long caseId) {
        return cases.view(f.actor("head1"), caseId).history().stream().map(StageChange::action).toList();
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void reconsiderationAnswerIsDueInTenWorkingDaysAndALateAnswerIsFlagged() {
        today("2026-03-02");
        long id = f.aCaseAtExecution().id();
        today("2026-03-05");
        Remedy r = remedies.file(f.actor("officer1"), id, RemedyKind.RECONSIDERATION, f.today(), "区人民政府", null);
        assertThat(caseClock.deadlines(f.actor("officer1"), id)).noneMatch(x -> x.kind()
                == DeadlineKind.RECONSIDER_REPLY);

        // no answer before the copy; the copy's day within [filed, today]; only handlers or heads
        refused(messages, snapshot(id), "remedy.noCopyReceived",
                () -> remedies.submitReply(f.actor("officer1"), id, r.id(), f.today(), null));
        today("2026-03-11");
        refused(messages, snapshot(id), "remedy.badReceivedOn",
                () -> remedies.receiveCopy(f.actor("officer1"), id, r.id(), d("2026-03-04")));
        refused(messages, snapshot(id), "remedy.badReceivedOn",
                () -> remedies.receiveCopy(f.actor("officer1"), id, r.id(), d("2026-03-12")));
        refused(messages, snapshot(id), "field.required",
                () -> remedies.receiveCopy(f.actor("officer1"), id, r.id(), null));
        refused(messages, snapshot(id), "remedy.handlersOrHeads",
                () -> remedies.receiveCopy(f.actor("officer3"), id, r.id(), f.today()));

        // received Wed 11 Mar: 10 working days (行政复议法 Art. 48, 88) → Wed 25 Mar
        Remedy copied = remedies.receiveCopy(f.actor("officer1"), id, r.id(), f.today());
        assertThat(copied.copyReceivedOn()).isEqualTo("2026-03-11");
        assertThat(copied.replyDue()).isEqualTo("2026-03-25");
        CaseDeadline due = deadline(id, DeadlineKind.RECONSIDER_REPLY);
        assertThat(due.due()).isEqualTo("2026-03-25");
        assertThat(due.start()).isEqualTo("2026-03-11");
        assertThat(due.open()).isTrue();
        refused(messages, snapshot(id), "remedy.copyAlreadyReceived",
                () -> remedies.receiveCopy(f.actor("officer1"), id, r.id(), f.today()));

        // answered Thu 26 Mar, one day late: recorded all the same, flagged
        today("2026-03-26");
        refused(messages, snapshot(id), "remedy.badSubmittedOn",
                () -> remedies.submitReply(f.actor("officer1"), id, r.id(), d("2026-03-10"), null));
        refused(messages, snapshot(id), "remedy.badSubmittedOn",
                () -> remedies.submitReply(f.actor("officer1"), id, r.id(), d("2026-03-27"), null));
        Remedy answered = remedies.submitReply(f.actor("officer1"), id, r.id(), f.today(), "提交书面答复及证据目录");
        assertThat(answered.replySubmittedOn()).isEqualTo("2026-03-26");
        assertThat(answered.replyLate()).isTrue();
        assertThat(deadline(id, DeadlineKind.RECONSIDER_REPLY).open()).isFalse();
        refused(messages, snapshot(id), "remedy.replyAlreadySubmitted",
                () -> remedies.submitReply(f.actor("officer1"), id, r.id(), f.today(), null));
        assertThat(actions(id)).containsSubsequence("REMEDY_FILED", "REMEDY_COPY_RECEIVED", "REMEDY_REPLY_LATE");
        assertThat(cases.view(f.actor("head1"), id).history().stream()
                .filter(h -> h.action().equals("REMEDY_REPLY_LATE")).findFirst().orElseThrow().text())
                .contains("2026-03-25", "逾期");

        // once concluded, nothing more is recorded on it
        remedies.conclude(f.actor("officer1"), id, r.id(), f.today(), RemedyOutcome.UPHELD, null);
        refused(messages, snapshot(id), "remedy.alreadyConcluded",
                () -> remedies.receiveCopy(f.actor("officer1"), id, r.id(), f.today()));
    }

    @Test
    void defenceInASuitIsDueInFifteenDaysShiftedPastTheHolidayAndClosesWithTheSuit() {
        today("2026-03-02");
        long id = f.aCaseAtExecution().id();
        today("2026-04-20");
        Remedy r = remedies.file(f.actor("officer1"), id, RemedyKind.LITIGATION, d("2026-04-15"), "区人民法院", null);
        // complaint copy received Mon 20 Apr: 15 days → Tue 5 May, inside the Labour Day holiday → Wed 6 May
        Remedy copied = remedies.receiveCopy(f.actor("head1"), id, r.id(), f.today());
        assertThat(copied.replyDue()).isEqualTo("2026-05-06");
        assertThat(deadline(id, DeadlineKind.LITIGATION_DEFENCE).due()).isEqualTo("2026-05-06");
        today("2026-05-06");
        Remedy answered = remedies.submitReply(f.actor("officer1"), id, r.id(), f.today(), null);
        assertThat(answered.replyLate()).isFalse();
        assertThat(actions(id)).contains("REMEDY_REPLY_SUBMITTED").doesNotContain("REMEDY_REPLY_LATE");
        assertThat(deadline(id, DeadlineKind.LITIGATION_DEFENCE).open()).isFalse();
    }

    @Test
    void anUnansweredCopyLeavesTheDeadlineOpenUntilTheRemedyEnds() {
        today("2026-03-02");
        long id = f.aCaseAtExecution().id();
        Remedy r = remedies.file(f.actor("officer1"), id, RemedyKind.LITIGATION, f.today(), "区人民法院", null);
        remedies.receiveCopy(f.actor("officer1"), id, r.id(), f.today());
        assertThat(deadline(id, DeadlineKind.LITIGATION_DEFENCE).open()).isTrue();
        remedies.conclude(f.actor("officer1"), id, r.id(), f.today(), RemedyOutcome.WITHDRAWN, null);
        assertThat(deadline(id, DeadlineKind.LITIGATION_DEFENCE).open()).isFalse();
    }

    @Test
    void appearanceInCourtIsAHeadOrANamedOfficialWithTheHeadsReason() {
        today("2026-03-02");
        long id = f.aCaseAtExecution().id();
        Remedy review = remedies.file(f.actor("officer1"), id, RemedyKind.RECONSIDERATION, f.today(), "区人民政府", null);
        refused(messages, snapshot(id), "remedy.hearingOnlyInSuit", () -> remedies.recordHearing(f.actor("officer1"),
                id, review.id(), f.today(), "张某某", true, null));
        remedies.conclude(f.actor("officer1"), id, review.id(), f.today(), RemedyOutcome.UPHELD, null);
        today("2026-03-10");
        Remedy suit = remedies.file(f.actor("officer1"), id, RemedyKind.LITIGATION, d("2026-03-09"), "区人民法院", null);
        today("2026-04-14");
        refused(messages, snapshot(id), "remedy.badHearingOn", () -> remedies.recordHearing(f.actor("officer1"), id,
                suit.id(), d("2026-03-08"), "张某某", true, null));
        refused(messages, snapshot(id), "remedy.badHearingOn", () -> remedies.recordHearing(f.actor("officer1"), id,
                suit.id(), d("2026-04-15"), "张某某", true, null));
        refused(messages, snapshot(id), "field.required", () -> remedies.recordHearing(f.actor("officer1"), id,
                suit.id(), f.today(), " ", true, null));
        // an official instead of the head: the reason the head did not appear is required (行政诉讼法 Art. 3 ¶3)
        refused(messages, snapshot(id), "field.required", () -> remedies.recordHearing(f.actor("officer1"), id,
                suit.id(), f.today(), "李某某（法制科科长）", false, " "));
        refused(messages, snapshot(id), "remedy.handlersOrHeads", () -> remedies.recordHearing(f.actor("officer3"),
                id, suit.id(), f.today(), "张某某", true, null));

        RemedyHearing first = remedies.recordHearing(f.actor("officer1"), id, suit.id(), f.today(), "张某某（副队长）",
                true, null);
        assertThat(first.headAttended()).isTrue();
        today("2026-04-28");
        remedies.recordHearing(f.actor("head1"), id, suit.id(), f.today(), "李某某（法制科科长）", false,
                "负责人参加市政府紧急会议");
        assertThat(remedies.hearings(f.actor("officer1"), id)).extracting(RemedyHearing::hearingOn)
                .containsExactly(d("2026-04-14"), d("2026-04-28"));
        assertThat(remedies.hearings(f.actor("officer1"), id).get(1).headAbsentReason()).isEqualTo("负责人参加市政府紧急会议");
        assertThat(actions(id)).containsSubsequence("REMEDY_HEARING_HEAD", "REMEDY_HEARING_DELEGATE");
        // after the judgment a hearing may still be entered, but not one later than the judgment
        remedies.conclude(f.actor("officer1"), id, suit.id(), d("2026-04-28"), RemedyOutcome.UPHELD, null);
        today("2026-05-08");
        refused(messages, snapshot(id), "remedy.badHearingOn", () -> remedies.recordHearing(f.actor("officer1"), id,
                suit.id(), d("2026-04-29"), "张某某", true, null));
    }

    private ResponseEntity<String> post(String user, String path, Object body) {
        HttpHeaders h = new HttpHeaders();
        h.setBasicAuth(user, DemoData.PASSWORD);
        h.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, h), String.class);
    }

    @Test
    void theAnswerIsRecordedThroughTheApi() throws Exception {
        long id = f.aCaseAtExecution().id();
        String base = "/api/cases/" + id + "/remedies";
        ResponseEntity<String> filed = post("officer1", base, Map.of("kind", "RECONSIDERATION",
                "filedOn", f.today().toString(), "body", "区人民政府"));
        assertThat(filed.getStatusCode().is2xxSuccessful()).as(filed.getBody()).isTrue();
        long rid = json.readTree(filed.getBody()).path("id").asLong();

        ResponseEntity<String> early = post("officer1", base + "/" + rid + "/reply",
                Map.of("submittedOn", f.today().toString()));
        assertThat(early.getStatusCode()).as(early.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(json.readTree(early.getBody()).path("code").asText()).isEqualTo("remedy.noCopyReceived");

        ResponseEntity<String> copy = post("officer1", base + "/" + rid + "/copy-received",
                Map.of("receivedOn", f.today().toString()));
        assertThat(copy.getStatusCode().is2xxSuccessful()).as(copy.getBody()).isTrue();
        JsonNode c = json.readTree(copy.getBody());
        assertThat(c.path("replyDue").asText()).isNotBlank();
        ResponseEntity<String> reply = post("officer1", base + "/" + rid + "/reply",
                Map.of("submittedOn", f.today().toString(), "note", "已提交答复"));
        assertThat(reply.getStatusCode().is2xxSuccessful()).as(reply.getBody()).isTrue();
        assertThat(json.readTree(reply.getBody()).path("replyLate").asBoolean()).isFalse();
    }
}

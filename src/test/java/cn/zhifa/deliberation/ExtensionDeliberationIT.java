package cn.zhifa.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseClockService;
import cn.zhifa.casefile.CaseDeadline;
import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.ClockEvent;
import cn.zhifa.casefile.ClockEventKind;
import cn.zhifa.casefile.DeadlineKind;
import cn.zhifa.casefile.DecisionExtensions;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.process.OrdinaryProcedure;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.shared.Messages;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.MutableClock;
import cn.zhifa.support.Refusals;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The second extension of the decision period only with a confirmed deliberation resolution (住建部令55 Art. 29,
 * decision 0030): the head's first extension as before; a further one refused without a resolution, before its
 * minutes are confirmed, on a resolution not to extend, beyond its days, a second time or for another case — each
 * refusal changing nothing — and allowed and recorded with the meeting and the resolution once the heads agreed.
 */
@IntegrationTest
class ExtensionDeliberationIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired CaseFiles f;
    @Autowired MutableClock clock;
    @Autowired CaseClockService caseClock;
    @Autowired DecisionExtensions extensions;
    @Autowired DeliberationService deliberations;
    @Autowired CaseFileService cases;
    @Autowired OrganizationService organization;
    @Autowired Messages messages;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void realTime() {
        clock.set(Instant.now());
    }

    private void today(String day) {
        clock.set(LocalDate.parse(day).atTime(LocalTime.of(9, 0)).atZone(CHINA).toInstant());
    }

    private Actor a(String username) {
        return f.actor(username);
    }

    private Map<String, Object> snapshot(long caseId) {
        return Map.of(
                "case", jdbc.queryForMap("SELECT * FROM case_file WHERE id = ?", caseId),
                "record", jdbc.queryForList("SELECT * FROM case_record WHERE case_id = ? ORDER BY id", caseId),
                "events", jdbc.queryForList("SELECT * FROM case_clock_event WHERE case_id = ? ORDER BY id", caseId),
                "deadlines", jdbc.queryForList("SELECT * FROM case_deadline WHERE case_id = ? ORDER BY kind", caseId),
                "items", jdbc.queryForList("SELECT * FROM deliberation_item WHERE case_id = ? ORDER BY id", caseId));
    }

    private String refused(long caseId, String code, ThrowingSupplier<?> call) {
        return Refusals.refused(messages, () -> snapshot(caseId), code, call);
    }

    private LocalDate decisionDue(long caseId) {
        return caseClock.deadlines(a("officer1"), caseId).stream().filter(d -> d.kind() == DeadlineKind.DECISION)
                .map(CaseDeadline::due).findFirst().orElseThrow();
    }

    /** A filed case whose head's extension (+30) is used. */
    private CaseFile headExtended() {
        CaseFile c = f.aFiledCase();
        LocalDate before = decisionDue(c.id());
        caseClock.extend(a("head1"), c.id(), ClockEventKind.EXTENSION_HEAD, 30, "案情复杂，需补充调查");
        assertThat(decisionDue(c.id())).isAfter(before);
        return c;
    }

    /** A meeting with the case's extension on its agenda, the demo heads present, voting open. */
    private Meeting meetingOnExtension(long caseId, int days) {
        Meeting m = deliberations.convene(a("head1"), new NewMeeting(LocalDateTime.now(clock).withNano(0), "三楼会议室",
                null, List.of(), List.of(), List.of(new ExtensionRequest(caseId, days, "需检测鉴定，90+30日内不能作出决定"))));
        for (Meeting.Attendee h : m.votingHeads()) {
            boolean demo = CaseFiles.HEADS.contains(organization.user(h.userId()).username());
            deliberations.recordAttendance(a("head1"), m.id(), h.userId(), demo, demo ? null : "出差");
        }
        return deliberations.openVoting(a("head1"), m.id());
    }

    private Meeting confirmAll(long meetingId) {
        Meeting done = null;
        for (String head : CaseFiles.HEADS) {
            done = deliberations.confirm(a(head), meetingId);
        }
        return done;
    }

    @Test
    void theSecondExtensionNeedsTheConfirmedResolutionAndRecordsIt() {
        today("2026-01-05");
        CaseFile c = headExtended();
        long id = c.id();
        assertThat(f.openTask(id).taskKey()).isNotEqualTo(OrdinaryProcedure.TASK_DELIBERATION);
        LocalDate afterHead = decisionDue(id);
        // the head alone cannot extend a second time, nor the principal head without the heads' resolution
        refused(id, "clock.headExtensionUsed",
                () -> caseClock.extend(a("head2"), id, ClockEventKind.EXTENSION_HEAD, 30, "再延"));
        String why = refused(id, "clock.collectiveNeedsResolution",
                () -> caseClock.extend(a("principal"), id, ClockEventKind.EXTENSION_COLLECTIVE, 60, "复杂", null));
        assertThat(why).contains("第29条");

        // the extension question on the agenda though the open step is not 集体讨论
        Meeting m = meetingOnExtension(id, 60);
        Meeting.Item item = m.items().get(0);
        assertThat(item.kind()).isEqualTo(ItemKind.EXTENSION);
        assertThat(item.requestedDays()).isEqualTo(60);
        long itemId = item.id();
        Refusals.refused(messages, () -> snapshot(id), "deliberation.extensionNoOutcome",
                () -> deliberations.vote(a("head1"), itemId, new VoteInput(VoteChoice.AGREE, OutcomeType.FINE,
                        CaseFiles.FINE, null, "同意")));
        deliberations.vote(a("head1"), itemId, VoteInput.onExtension(VoteChoice.AGREE, 40, "延长40日足够"));
        deliberations.vote(a("head2"), itemId, VoteInput.onExtension(VoteChoice.AGREE, 40, "同意延长40日"));
        deliberations.vote(a("principal"), itemId, VoteInput.onExtension(VoteChoice.DISAGREE, null, "应尽快结案"));
        Meeting adopted = deliberations.adopt(a("principal"), itemId, ResolutionInput.onExtension(40,
                "同意延长办案期限40日"));
        assertThat(adopted.status()).isEqualTo(MeetingStatus.MINUTES);
        assertThat(adopted.items().get(0).extensionDays()).isEqualTo(40);
        assertThat(adopted.minutes()).contains("延长办案期限").contains("决议：同意延长办案期限 40 日");

        // adopted but not yet confirmed by every present head: not yet a resolution to extend on
        refused(id, "clock.resolutionNotConfirmed", () -> caseClock.extend(a("principal"), id,
                ClockEventKind.EXTENSION_COLLECTIVE, 40, "依集体讨论决议", itemId));
        assertThat(confirmAll(m.id()).status()).isEqualTo(MeetingStatus.CONFIRMED);
        // an extension resolution is not the decision's resolution
        assertThat(deliberations.resolution(id)).isEmpty();
        assertThat(extensions.usable(a("principal"), id)).extracting(r -> r.id()).containsExactly(itemId);

        refused(id, "clock.resolutionDaysExceeded", () -> caseClock.extend(a("principal"), id,
                ClockEventKind.EXTENSION_COLLECTIVE, 50, "依集体讨论决议", itemId));
        refused(id, "clock.collectiveNeedsPrincipal", () -> caseClock.extend(a("head2"), id,
                ClockEventKind.EXTENSION_COLLECTIVE, 40, "依集体讨论决议", itemId));
        caseClock.extend(a("principal"), id, ClockEventKind.EXTENSION_COLLECTIVE, 40, "依集体讨论决议延期", itemId);
        assertThat(decisionDue(id)).isAfter(afterHead);
        ClockEvent e = caseClock.events(a("officer1"), id).stream()
                .filter(x -> x.kind() == ClockEventKind.EXTENSION_COLLECTIVE).findFirst().orElseThrow();
        assertThat(e.resolutionId()).isEqualTo(itemId);
        assertThat(e.meetingId()).isEqualTo(m.id());
        assertThat(e.days()).isEqualTo(40);
        Map<String, Object> entry = jdbc.queryForMap("SELECT summary, details FROM case_record WHERE case_id = ? "
                + "AND action = 'CLOCK_EXTENDED' ORDER BY id DESC LIMIT 1", id);
        assertThat(messages.render(String.valueOf(entry.get("summary")), Messages.ZH_CN))
                .contains("集体讨论决议").contains("会议 " + m.id());
        assertThat(String.valueOf(entry.get("details"))).contains("\"resolutionId\":" + itemId)
                .contains("\"meetingId\":" + m.id());

        // used once: not again (20 collective days are left), and not for another case
        refused(id, "clock.resolutionUsed", () -> caseClock.extend(a("principal"), id,
                ClockEventKind.EXTENSION_COLLECTIVE, 10, "再次延期", itemId));
        assertThat(extensions.usable(a("principal"), id)).isEmpty();
        CaseFile other = headExtended();
        refused(other.id(), "clock.resolutionOtherCase", () -> caseClock.extend(a("principal"), other.id(),
                ClockEventKind.EXTENSION_COLLECTIVE, 10, "借用他案决议", itemId));
    }

    @Test
    void aResolutionNotToExtendOrNoResolutionDoesNotAllowIt() {
        today("2026-01-05");
        CaseFile fresh = f.aFiledCase();
        // the heads are asked only after the head's extension
        Refusals.refused(messages, () -> snapshot(fresh.id()), "clock.headExtensionFirst",
                () -> deliberations.convene(a("head1"), new NewMeeting(LocalDateTime.now(clock), "会议室", null,
                        List.of(), List.of(), List.of(new ExtensionRequest(fresh.id(), 60, "复杂")))));
        CaseFile c = headExtended();
        long id = c.id();
        Meeting m = meetingOnExtension(id, 60);
        long itemId = m.items().get(0).id();
        for (String head : CaseFiles.HEADS) {
            deliberations.vote(a(head), itemId, VoteInput.onExtension(VoteChoice.DISAGREE, null, "证据已足，应按期决定"));
        }
        deliberations.adopt(a("principal"), itemId, ResolutionInput.onExtension(0, "不予延长办案期限"));
        assertThat(confirmAll(m.id()).minutes()).contains("决议：不予延长办案期限");
        assertThat(extensions.usable(a("principal"), id)).isEmpty();
        refused(id, "clock.resolutionRefusedExtension", () -> caseClock.extend(a("principal"), id,
                ClockEventKind.EXTENSION_COLLECTIVE, 30, "仍请延期", itemId));

        // a second meeting closes the question without a resolution: still no extension
        Meeting again = meetingOnExtension(id, 30);
        long second = again.items().get(0).id();
        deliberations.vote(a("head1"), second, VoteInput.onExtension(VoteChoice.AGREE, null, "同意"));
        deliberations.vote(a("head2"), second, VoteInput.onExtension(VoteChoice.DISAGREE, null, "不同意"));
        deliberations.vote(a("principal"), second, VoteInput.onExtension(VoteChoice.ABSTAIN, null, "弃权"));
        Refusals.refused(messages, () -> snapshot(id), "deliberation.noMajority", () -> deliberations.adopt(
                a("principal"), second, ResolutionInput.onExtension(30, "同意延长30日")));
        deliberations.noResolution(a("principal"), second, "未过半数，未形成决议");
        confirmAll(again.id());
        refused(id, "clock.resolutionNotConfirmed", () -> caseClock.extend(a("principal"), id,
                ClockEventKind.EXTENSION_COLLECTIVE, 30, "仍请延期", second));
        assertThat(caseClock.events(a("officer1"), id)).extracting(ClockEvent::kind)
                .containsExactly(ClockEventKind.EXTENSION_HEAD);
        assertThat(deliberations.resolution(id)).isEmpty();
    }
}

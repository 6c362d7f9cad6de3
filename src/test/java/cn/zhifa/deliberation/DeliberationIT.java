package cn.zhifa.deliberation;

import static cn.zhifa.support.Race.race;
import static cn.zhifa.support.Refusals.catchDomain;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.CaseWorkflowService;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.StepPayload;
import cn.zhifa.casefile.process.OrdinaryProcedure;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.Refusals;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 集体讨论 end to end through the services: quorum met and not met, dissent kept verbatim in the votes and the
 * minutes, minutes confirmed by every present head before the resolution counts, the deliberation step and the
 * decision refused without it or against it, only present heads vote once each, data scope, and concurrency.
 * Every refusal leaves the meeting and the case exactly as they were.
 */
@IntegrationTest
class DeliberationIT {

    private static final BigDecimal FINE = CaseFiles.FINE;

    @Autowired CaseFiles f;
    @Autowired DeliberationService deliberations;
    @Autowired CaseWorkflowService workflow;
    @Autowired CaseFileService cases;
    @Autowired Messages messages;
    @Autowired JdbcTemplate jdbc;

    // ---- helpers ------------------------------------------------------------------------------------------------

    private Map<String, Object> snapshot(long caseId, long meetingId) {
        return Map.of(
                "case", jdbc.queryForMap("SELECT * FROM case_file WHERE id = ?", caseId),
                "history", jdbc.queryForList("SELECT * FROM case_record WHERE case_id = ? ORDER BY id", caseId),
                "documents", jdbc.queryForList("SELECT * FROM case_document WHERE case_id = ? ORDER BY id", caseId),
                "tasks", jdbc.queryForList("SELECT * FROM task_inbox WHERE case_id = ? ORDER BY task_id", caseId),
                "meeting", jdbc.queryForList("SELECT * FROM deliberation_meeting WHERE id = ?", meetingId),
                "attendees", jdbc.queryForList(
                        "SELECT * FROM deliberation_attendee WHERE meeting_id = ? ORDER BY user_id", meetingId),
                "items", jdbc.queryForList("SELECT * FROM deliberation_item WHERE meeting_id = ? ORDER BY id",
                        meetingId),
                "votes", jdbc.queryForList("SELECT v.* FROM deliberation_vote v JOIN deliberation_item i "
                        + "ON i.id = v.item_id WHERE i.meeting_id = ? ORDER BY v.id", meetingId));
    }

    /** Refused with {@code code}, nothing changed; returns the zh-CN message (the English one differs). */
    private String refused(long caseId, long meetingId, String code, ThrowingSupplier<?> call) {
        return Refusals.refused(messages, () -> snapshot(caseId, meetingId), code, call);
    }

    private Actor a(String username) {
        return f.actor(username);
    }

    private Meeting convene(long caseId) {
        return deliberations.convene(a("head1"), new NewMeeting(LocalDateTime.now().withNano(0), "三楼会议室", null,
                List.of(caseId), List.of(a("reviewer1").userId())));
    }

    /** Records every head present when named in {@code present}, otherwise absent with a reason. */
    private Meeting attend(Meeting m, Set<String> present) {
        Meeting after = m;
        for (Meeting.Attendee h : m.votingHeads()) {
            String username = usernameOf(h.userId());
            boolean here = present.contains(username);
            after = deliberations.recordAttendance(a("head1"), m.id(), h.userId(), here, here ? null : "外出开会");
        }
        return after;
    }

    private String usernameOf(long userId) {
        return jdbc.queryForObject("SELECT username FROM app_user WHERE id = ?", String.class, userId);
    }

    private static VoteInput agree(String opinion) {
        return new VoteInput(VoteChoice.AGREE, null, null, null, opinion);
    }

    private static ResolutionInput fineResolution(BigDecimal fine) {
        return new ResolutionInput(OutcomeType.FINE, fine, null, "对当事人罚款，责令立即改正");
    }

    private String openTaskKey(long caseId) {
        return f.openTask(caseId).taskKey();
    }

    // ---- the full meeting ---------------------------------------------------------------------------------------

    @Test
    void threeHeadsDeliberateWithDissentAndTheDecisionFollowsTheConfirmedResolution() {
        CaseFile c = f.aCaseAtDeliberation();
        assertThat(deliberations.awaiting(a("head1"))).anyMatch(t -> t.caseId() == c.id());
        Meeting m = convene(c.id());
        assertThat(m.status()).isEqualTo(MeetingStatus.SCHEDULED);
        assertThat(m.presidingId()).isEqualTo(a("principal").userId());
        assertThat(m.attendees()).anyMatch(x -> x.userId() == a("officer1").userId()
                && x.role() == AttendeeRole.HANDLER && !x.voting());
        assertThat(m.attendees()).anyMatch(x -> x.userId() == a("reviewer1").userId()
                && x.role() == AttendeeRole.LEGAL_REVIEWER);
        assertThat(deliberations.awaiting(a("head1"))).noneMatch(t -> t.caseId() == c.id());

        attend(m, Set.copyOf(CaseFiles.HEADS));
        deliberations.openVoting(a("head1"), m.id());
        long item = m.items().get(0).id();
        String dissent = "当事人系初次违法且已当场改正，罚款500元过重，我主张给予警告。";
        deliberations.vote(a("head1"), item, agree("同意承办人意见"));
        deliberations.vote(a("head2"), item, new VoteInput(VoteChoice.DISAGREE, OutcomeType.WARNING, null, null,
                dissent));
        deliberations.vote(a("principal"), item, agree("事实清楚，同意罚款500元"));

        // the resolution exists only once every present head confirmed the minutes
        Meeting adopted = deliberations.adopt(a("principal"), item, fineResolution(FINE));
        assertThat(adopted.status()).isEqualTo(MeetingStatus.MINUTES);
        assertThat(adopted.items().get(0).status()).isEqualTo(ItemStatus.ADOPTED);
        assertThat(adopted.items().get(0).supportCount()).isEqualTo(2);
        assertThat(adopted.votesOf(item)).anySatisfy(v -> {
            assertThat(v.choice()).isEqualTo(VoteChoice.DISAGREE);
            assertThat(v.opinion()).isEqualTo(dissent);
            assertThat(v.outcome()).isEqualTo(OutcomeType.WARNING);
        });
        assertThat(adopted.minutes()).contains(dissent).contains("郑芳：不同意").contains("决议：罚款 500.00 元")
                .contains("三楼会议室").contains("列席人员");
        assertThat(deliberations.resolution(c.id())).isEmpty();

        String task = f.openTask(c.id()).taskId();
        String msg = refused(c.id(), m.id(), "deliberation.noResolution",
                () -> workflow.complete(a("head1"), task, new StepPayload.Deliberation(m.id())));
        assertThat(msg).contains("确认");

        deliberations.confirm(a("head1"), m.id());
        deliberations.confirm(a("head2"), m.id());
        assertThat(deliberations.resolution(c.id())).isEmpty();
        refused(c.id(), m.id(), "deliberation.noResolution",
                () -> workflow.complete(a("head1"), task, new StepPayload.Deliberation(m.id())));
        Meeting done = deliberations.confirm(a("principal"), m.id());
        assertThat(done.status()).isEqualTo(MeetingStatus.CONFIRMED);
        assertThat(done.presentHeads()).allSatisfy(h -> assertThat(h.confirmedAt()).isNotNull());
        var resolution = deliberations.resolution(c.id()).orElseThrow();
        assertThat(resolution.meetingId()).isEqualTo(m.id());
        assertThat(resolution.outcome()).isEqualTo(OutcomeType.FINE);
        assertThat(resolution.fine()).isEqualByComparingTo(FINE);

        // the minutes are a case document; every meeting event is on the case's record
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_document WHERE case_id = ? AND doc_type = ?",
                Integer.class, c.id(), DeliberationService.MINUTES_DOC)).isEqualTo(1);
        List<String> actions = jdbc.queryForList(
                "SELECT action FROM case_record WHERE case_id = ? ORDER BY id", String.class, c.id());
        assertThat(actions).contains("DELIBERATION_CONVENED", "DELIBERATION_ATTENDANCE", "DELIBERATION_VOTING_OPENED",
                "DELIBERATION_VOTE", "DELIBERATION_RESOLVED", "DELIBERATION_MINUTES", "DELIBERATION_CONFIRMED",
                "DELIBERATION_FINAL");
        assertThat(jdbc.queryForList("SELECT summary FROM case_record WHERE case_id = ? AND action = ?",
                String.class, c.id(), "DELIBERATION_VOTE")).anyMatch(s -> s.contains(dissent));

        // a wrong meeting id is refused; the confirmed one completes the step
        refused(c.id(), m.id(), "deliberation.notLatestResolution",
                () -> workflow.complete(a("head1"), task, new StepPayload.Deliberation(m.id() + 1000)));
        CaseFile atDecision = workflow.complete(a("head1"), task, new StepPayload.Deliberation(m.id()));
        assertThat(atDecision.deliberationResolution()).contains("罚款").contains("500.00");
        assertThat(openTaskKey(c.id())).isEqualTo(OrdinaryProcedure.TASK_DECISION);

        // the decision must match the resolution: outcome, fine
        String decision = f.openTask(c.id()).taskId();
        String differs = refused(c.id(), m.id(), "decision.differsFromResolution", () -> workflow.complete(
                a("head1"), decision, new StepPayload.Decision(OutcomeType.WARNING, null, null, "责令立即改正",
                        f.today())));
        assertThat(differs).contains("500.00");
        refused(c.id(), m.id(), "decision.differsFromResolution",
                () -> workflow.complete(a("head1"), decision, f.fineDecision(new BigDecimal("400.00"))));
        CaseFile decided = workflow.complete(a("head1"), decision, f.fineDecision(new BigDecimal("500")));
        assertThat(decided.decidedFine()).isEqualByComparingTo(FINE);
        assertThat(decided.stage()).isEqualTo(CaseStage.SERVICE);

        // votes and minutes are final after confirmation
        refused(c.id(), m.id(), "deliberation.votingNotOpen",
                () -> deliberations.vote(a("head1"), item, agree("改变主意")));
        refused(c.id(), m.id(), "deliberation.minutesNotReady", () -> deliberations.confirm(a("head1"), m.id()));
        assertThat(deliberations.historyOfCase(a("officer1"), c.id())).extracting(Meeting::id).containsExactly(m.id());
    }

    @Test
    void theWalkerDeliberatesThroughTheMeeting() {
        CaseFile c = f.aCaseAtDeliberation();
        CaseFile atDecision = f.deliberate(c.id());
        assertThat(atDecision.stage()).isEqualTo(CaseStage.DECISION);
        assertThat(deliberations.resolution(c.id())).isPresent();
        CaseFile decided = f.step(c.id(), "head1", f.fineDecision(FINE));
        assertThat(decided.decidedOutcome()).isEqualTo(OutcomeType.FINE);
    }

    // ---- quorum -------------------------------------------------------------------------------------------------

    @Test
    void withoutQuorumVotingDoesNotOpen() {
        CaseFile c = f.aCaseAtDeliberation();
        Meeting m = convene(c.id());
        refused(c.id(), m.id(), "deliberation.attendanceMissing", () -> deliberations.openVoting(a("head1"), m.id()));
        attend(m, Set.of("head1"));
        int heads = m.votingHeads().size();
        String msg = refused(c.id(), m.id(), "deliberation.noQuorum",
                () -> deliberations.openVoting(a("head1"), m.id()));
        int needed = (heads * 2 + 2) / 3;
        assertThat(msg).contains("出席负责人 1 人").contains("法定人数 " + needed + " 人").contains("共 " + heads + " 人");
        // nobody can vote before voting opens
        refused(c.id(), m.id(), "deliberation.votingNotOpen",
                () -> deliberations.vote(a("head1"), m.items().get(0).id(), agree("同意")));
    }

    @Test
    void principalAbsentNeedsADesignatedDeputyWhoThenChairs() {
        CaseFile c = f.aCaseAtDeliberation();
        Meeting m = convene(c.id());
        Set<String> present = Set.of("head1", "head2");
        // any further head of the unit (other tests add some) attends, so that the quorum is met without the principal
        Set<String> all = new java.util.HashSet<>(present);
        m.votingHeads().stream().map(h -> usernameOf(h.userId())).filter(u -> !CaseFiles.HEADS.contains(u))
                .forEach(all::add);
        attend(m, all);
        String msg = refused(c.id(), m.id(), "deliberation.noPrincipal",
                () -> deliberations.openVoting(a("head1"), m.id()));
        assertThat(msg).contains("主要负责人");
        refused(c.id(), m.id(), "deliberation.deputyNotHead",
                () -> deliberations.designateDeputy(a("head1"), m.id(), a("reviewer1").userId(), "书面委托"));
        refused(c.id(), m.id(), "field.required",
                () -> deliberations.designateDeputy(a("head1"), m.id(), a("head2").userId(), " "));
        Meeting designated = deliberations.designateDeputy(a("head1"), m.id(), a("head2").userId(),
                "主要负责人黄志明书面委托郑芳主持");
        assertThat(designated.deputyId()).isEqualTo(a("head2").userId());
        deliberations.openVoting(a("head1"), m.id());
        long item = m.items().get(0).id();
        for (String h : all) {
            deliberations.vote(a(h), item, agree("同意"));
        }
        // the absent principal neither votes nor chairs; the deputy chairs
        refused(c.id(), m.id(), "deliberation.notPresent",
                () -> deliberations.vote(a("principal"), item, agree("同意")));
        refused(c.id(), m.id(), "deliberation.notChair",
                () -> deliberations.adopt(a("head1"), item, fineResolution(FINE)));
        Meeting adopted = deliberations.adopt(a("head2"), item, fineResolution(FINE));
        assertThat(adopted.minutes()).contains("主要负责人指定的负责人：郑芳").contains("黄志明（外出开会）");
        // only present heads confirm
        refused(c.id(), m.id(), "deliberation.notParticipant", () -> deliberations.confirm(a("principal"), m.id()));
        refused(c.id(), m.id(), "permission.denied", () -> deliberations.confirm(a("officer1"), m.id()));
        refused(c.id(), m.id(), "permission.denied", () -> deliberations.confirm(a("reviewer1"), m.id()));
        for (String h : all) {
            deliberations.confirm(a(h), m.id());
        }
        assertThat(deliberations.resolution(c.id())).isPresent();
    }

    // ---- votes and resolutions ----------------------------------------------------------------------------------

    @Test
    void onlyPresentHeadsVoteOncePerItemAndTheMajorityDecides() {
        CaseFile c = f.aCaseAtDeliberation();
        Meeting m = convene(c.id());
        attend(m, Set.copyOf(CaseFiles.HEADS));
        deliberations.openVoting(a("head1"), m.id());
        long item = m.items().get(0).id();
        refused(c.id(), m.id(), "permission.denied", () -> deliberations.vote(a("officer1"), item, agree("同意")));
        refused(c.id(), m.id(), "permission.denied", () -> deliberations.vote(a("reviewer1"), item, agree("同意")));
        refused(c.id(), m.id(), "permission.denied", () -> deliberations.vote(a("leader1"), item, agree("同意")));
        refused(c.id(), m.id(), "field.required", () -> deliberations.vote(a("head1"), item, agree(" ")));
        refused(c.id(), m.id(), "deliberation.abstainWithOutcome", () -> deliberations.vote(a("head1"), item,
                new VoteInput(VoteChoice.ABSTAIN, OutcomeType.WARNING, null, null, "弃权")));
        refused(c.id(), m.id(), "outcome.fineRequired", () -> deliberations.vote(a("head1"), item,
                new VoteInput(VoteChoice.DISAGREE, OutcomeType.FINE, null, null, "应罚款")));

        deliberations.vote(a("head1"), item, agree("同意"));
        refused(c.id(), m.id(), "deliberation.alreadyVoted",
                () -> deliberations.vote(a("head1"), item, agree("再投一次")));
        // not every present head has voted yet
        String missing = refused(c.id(), m.id(), "deliberation.votesMissing",
                () -> deliberations.adopt(a("principal"), item, fineResolution(FINE)));
        assertThat(missing).contains("郑芳").contains("黄志明");
        deliberations.vote(a("head2"), item, new VoteInput(VoteChoice.DISAGREE, OutcomeType.WARNING, null, null,
                "应予警告"));
        deliberations.vote(a("principal"), item, new VoteInput(VoteChoice.ABSTAIN, null, null, null, "回避意见，弃权"));
        // one of three supports the fine, one the warning: no majority for either
        String noMajority = refused(c.id(), m.id(), "deliberation.noMajority",
                () -> deliberations.adopt(a("principal"), item, fineResolution(FINE)));
        assertThat(noMajority).contains("1 人").contains("出席 3 人").contains("2 人");
        refused(c.id(), m.id(), "deliberation.noMajority", () -> deliberations.adopt(a("principal"), item,
                new ResolutionInput(OutcomeType.WARNING, null, null, "警告")));
        refused(c.id(), m.id(), "deliberation.notChair",
                () -> deliberations.noResolution(a("head1"), item, "意见分歧"));
        Meeting closed = deliberations.noResolution(a("principal"), item, "意见分歧较大，补充调查后另行讨论");
        assertThat(closed.status()).isEqualTo(MeetingStatus.MINUTES);
        assertThat(closed.minutes()).contains("未形成决议").contains("应予警告").contains("回避意见，弃权");
        for (String h : CaseFiles.HEADS) {
            deliberations.confirm(a(h), m.id());
        }
        // confirmed minutes without a resolution still leave the case without one
        assertThat(deliberations.resolution(c.id())).isEmpty();
        String task = f.openTask(c.id()).taskId();
        refused(c.id(), m.id(), "deliberation.noResolution",
                () -> workflow.complete(a("head1"), task, new StepPayload.Deliberation(m.id())));
        // the case is free for a new meeting round
        assertThat(deliberations.awaiting(a("head1"))).anyMatch(t -> t.caseId() == c.id());
    }

    @Test
    void aVoteRaceAndAnAdoptionRaceHaveOneWinner() throws Exception {
        CaseFile c = f.aCaseAtDeliberation();
        Meeting m = convene(c.id());
        attend(m, Set.copyOf(CaseFiles.HEADS));
        deliberations.openVoting(a("head1"), m.id());
        long item = m.items().get(0).id();
        List<Object> votes = race(List.of(() -> deliberations.vote(a("head1"), item, agree("同意一")),
                () -> deliberations.vote(a("head1"), item, agree("同意二"))));
        assertThat(votes).filteredOn(r -> r instanceof Meeting).hasSize(1);
        assertThat(votes).filteredOn(r -> r instanceof DomainException)
                .singleElement().satisfies(e -> assertThat(((DomainException) e).code())
                        .isEqualTo("deliberation.alreadyVoted"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM deliberation_vote WHERE item_id = ? AND voter_id = ?",
                Integer.class, item, a("head1").userId())).isEqualTo(1);
        deliberations.vote(a("head2"), item, agree("同意"));
        deliberations.vote(a("principal"), item, agree("同意"));
        List<Object> adoptions = race(List.of(() -> deliberations.adopt(a("principal"), item, fineResolution(FINE)),
                () -> deliberations.adopt(a("principal"), item, fineResolution(FINE))));
        assertThat(adoptions).filteredOn(r -> r instanceof Meeting).hasSize(1);
        assertThat(adoptions).filteredOn(r -> r instanceof DomainException)
                .singleElement().satisfies(e -> assertThat(((DomainException) e).code())
                        .isEqualTo("deliberation.itemSettled"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE case_id = ? AND action = ?",
                Integer.class, c.id(), "DELIBERATION_MINUTES")).isEqualTo(1);
    }

    // ---- agenda and data scope ----------------------------------------------------------------------------------

    @Test
    void agendaTakesOnlyCasesAwaitingDeliberationInTheOwnUnit() {
        CaseFile notYet = f.aCaseAtDecision();
        String msg = catchDomain(() -> deliberations.convene(a("head1"), new NewMeeting(LocalDateTime.now(), "会议室",
                null, List.of(notYet.id()), List.of()))).code();
        assertThat(msg).isEqualTo("deliberation.caseNotAwaiting");
        assertThat(catchDomain(() -> deliberations.convene(a("officer1"), new NewMeeting(LocalDateTime.now(),
                "会议室", null, List.of(notYet.id()), List.of()))).code()).isEqualTo("permission.denied");
        assertThat(catchDomain(() -> deliberations.convene(a("head1"), new NewMeeting(LocalDateTime.now(),
                "会议室", null, List.of(), List.of()))).code()).isEqualTo("deliberation.noAgenda");

        CaseFile c = f.aCaseAtDeliberation();
        // another unit's head sees neither the case nor the meeting
        assertThat(catchDomain(() -> deliberations.convene(a("wj_head1"), new NewMeeting(LocalDateTime.now(),
                "会议室", null, List.of(c.id()), List.of()))).kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
        Meeting m = convene(c.id());
        assertThat(catchDomain(() -> deliberations.convene(a("head2"), new NewMeeting(LocalDateTime.now(),
                "会议室", null, List.of(c.id()), List.of()))).code()).isEqualTo("deliberation.caseOnOtherAgenda");
        refused(c.id(), m.id(), "deliberation.notFound", () -> deliberations.meeting(a("wj_head1"), m.id()));
        refused(c.id(), m.id(), "deliberation.notFound", () -> deliberations.recordAttendance(a("wj_head1"), m.id(),
                a("head1").userId(), true, null));
        refused(c.id(), m.id(), "deliberation.notFound",
                () -> deliberations.vote(a("wj_head1"), m.items().get(0).id(), agree("同意")));
        assertThat(catchDomain(() -> deliberations.historyOfCase(a("wj_head1"), c.id())).kind())
                .isEqualTo(DomainException.Kind.NOT_FOUND);
        assertThat(deliberations.meetings(a("wj_head1"))).noneMatch(x -> x.id() == m.id());
        assertThat(deliberations.meetings(a("supervisor1"))).anyMatch(x -> x.id() == m.id());
        // only the convener or the presiding head take attendance; an absence needs its reason
        refused(c.id(), m.id(), "deliberation.notManager", () -> deliberations.recordAttendance(a("head2"), m.id(),
                a("head2").userId(), true, null));
        refused(c.id(), m.id(), "field.required", () -> deliberations.recordAttendance(a("head1"), m.id(),
                a("head2").userId(), false, ""));
    }
}

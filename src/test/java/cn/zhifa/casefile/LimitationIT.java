package cn.zhifa.casefile;

import static cn.zhifa.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.shared.Messages;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 行政处罚法 Art. 36 (issue #12 item 5, decision 0020): discovered on Wed 11 Mar 2026, an act of 11 Mar 2024 is in
 * time (the last day is the corresponding day), one of 10 Mar 2024 is time-barred: warned at registration, refused at
 * filing with nothing changed, filed only on a head's recorded legal ground. 5 years for the safety class; a
 * continuing act counts from its end.
 */
@IntegrationTest
class LimitationIT {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired CaseFiles f;
    @Autowired MutableClock clock;
    @Autowired CaseFileService cases;
    @Autowired Messages messages;

    @AfterEach
    void realTime() {
        clock.set(Instant.now());
    }

    private CaseFile lead(String act, String actEnd, LimitationClass c) {
        clock.set(LocalDate.parse("2026-03-11").atTime(LocalTime.of(9, 0)).atZone(CHINA).toInstant());
        NewLead base = f.lead("时效当事人");
        return cases.registerLead(f.actor("officer1"), new NewLead(base.source(), base.summary(), base.location(),
                f.today(), LocalDate.parse(act), null, base.parties(), actEnd == null ? null : LocalDate.parse(actEnd),
                c));
    }

    /** Verification keeps the lead's act date (null = unchanged). */
    private void verify(long id) {
        f.step(id, "officer1", new StepPayload.VerifyLead(true, f.item(), null,
                List.of(f.actor("officer1").userId(), f.actor("officer2").userId()), "核查属实，建议立案"));
    }

    private List<String> actions(long id) {
        return cases.view(f.actor("head1"), id).history().stream().map(StageChange::action).toList();
    }

    @Test
    void exactlyTwoYearsIsInTimeAndTheDayBeforeAlso() {
        for (String act : List.of("2024-03-11", "2024-03-12")) {
            CaseFile c = lead(act, null, null);
            assertThat(actions(c.id())).doesNotContain("LIMITATION_WARNING");
            Limitation.Status s = cases.limitation(f.actor("officer1"), c.id()).orElseThrow();
            assertThat(s.timeBarred()).isFalse();
            assertThat(s.lastDay()).isEqualTo(LocalDate.parse(act).plusYears(2));
            verify(c.id());
            CaseFile filed = f.step(c.id(), "head1", new StepPayload.ApproveFiling(true, "同意立案"));
            assertThat(filed.filedDate()).isEqualTo("2026-03-11");
            assertThat(filed.limitationGround()).isNull();
        }
    }

    @Test
    void twoYearsAndOneDayIsWarnedAtRegistrationAndRefusedAtFiling() {
        CaseFile c = lead("2024-03-10", null, null);
        long id = c.id();
        assertThat(actions(id)).containsSubsequence("LEAD_REGISTERED", "LIMITATION_WARNING");
        Limitation.Status s = cases.limitation(f.actor("officer1"), id).orElseThrow();
        assertThat(s.timeBarred()).isTrue();
        assertThat(s.lastDay()).isEqualTo("2026-03-10");
        verify(id);
        String zh = refused(messages, () -> cases.view(f.actor("head1"), id), "filing.timeBarred",
                () -> f.step(id, "head1", new StepPayload.ApproveFiling(true, "同意立案")));
        assertThat(zh).contains("第三十六条", "2026-03-10");
        refused(messages, () -> cases.view(f.actor("head1"), id), "filing.timeBarred",
                () -> f.step(id, "head1", new StepPayload.ApproveFiling(true, "同意立案", "   ")));
        // not filing stays possible without a ground
        String ground = "《某某法》第X条规定追责期限为三年";
        CaseFile filed = f.step(id, "head1", new StepPayload.ApproveFiling(true, "同意立案", ground));
        assertThat(filed.caseNo()).isNotNull();
        assertThat(filed.limitationGround()).isEqualTo(ground);
        f.recorded(id, "FILED", "limitationGround", "最后一日2026-03-10", ground);
    }

    @Test
    void timeBarredLeadMayStillBeRefusedFilingWithoutAGround() {
        CaseFile c = lead("2023-01-05", null, null);
        verify(c.id());
        CaseFile notFiled = f.step(c.id(), "head1", new StepPayload.ApproveFiling(false, "已超过追责时效"));
        assertThat(notFiled.stage()).isEqualTo(CaseStage.NOT_FILED);
    }

    @Test
    void fiveYearsForSafetyWithHarmAndContinuingActsFromTheirEnd() {
        CaseFile safety = lead("2024-03-10", null, LimitationClass.SAFETY_HARM);
        assertThat(actions(safety.id())).doesNotContain("LIMITATION_WARNING");
        assertThat(cases.limitation(f.actor("officer1"), safety.id()).orElseThrow().lastDay()).isEqualTo("2029-03-12");
        verify(safety.id());
        assertThat(f.step(safety.id(), "head1", new StepPayload.ApproveFiling(true, null)).filedDate()).isNotNull();

        CaseFile continuing = lead("2020-06-01", "2024-03-11", null);
        assertThat(actions(continuing.id())).doesNotContain("LIMITATION_WARNING");
        assertThat(cases.limitation(f.actor("officer1"), continuing.id()).orElseThrow().runsFrom())
                .isEqualTo("2024-03-11");

        // the end of a continuing act cannot precede the act
        NewLead base = f.lead("时效当事人");
        refused(messages, () -> cases.search(f.actor("officer1"), new CaseQuery(null, "时效当事人", null, null, null,
                0, 500, null)).size(), "limitation.actEndBeforeAct",
                () -> cases.registerLead(f.actor("officer1"), new NewLead(base.source(), base.summary(), null,
                        f.today(), LocalDate.parse("2025-01-02"), null, base.parties(), LocalDate.parse("2025-01-01"),
                        null)));
    }
}

package cn.zhifa.procedure;

import static cn.zhifa.procedure.StepRules.pastOrToday;
import static cn.zhifa.procedure.StepRules.required;
import static cn.zhifa.procedure.StepRules.requireHead;

import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.DeadlineKind;
import cn.zhifa.casefile.DocumentKind;
import cn.zhifa.casefile.Duty;
import cn.zhifa.casefile.SeparationOfDuties;
import cn.zhifa.casefile.StepContext;
import cn.zhifa.casefile.StepPayload.ScheduleHearing;
import cn.zhifa.casefile.StepResult;
import cn.zhifa.casefile.ProcedureTasks;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.review.NoticesAndHearings;
import cn.zhifa.shared.DomainException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 听证安排 by a head: a presiding officer who did not investigate the case, date and place, the hearing notice served
 * in time, 0–2 agents; the decision period pauses from the request until the hearing ends.
 */
@Component
class ScheduleHearingStep extends OrdinaryStep<ScheduleHearing> {

    private final NoticesAndHearings hearings;
    private final OrganizationService organization;

    ScheduleHearingStep(NoticesAndHearings hearings, OrganizationService organization) {
        super(ProcedureTasks.TASK_SCHEDULE_HEARING, ScheduleHearing.class, CaseStage.HEARING,
                DeadlineKind.DECISION);
        this.hearings = hearings;
        this.organization = organization;
    }

    @Override
    public StepResult apply(StepContext<ScheduleHearing> ctx) {
        ScheduleHearing p = ctx.payload();
        requireHead(ctx.actor());
        if (p.presidingId() == null) {
            throw DomainException.invalid("field.required", "presidingId");
        }
        // 行政处罚法 Art. 64(4): presided by a non-investigator of the case
        SeparationOfDuties.require(Duty.PRESIDE_HEARING, p.presidingId(), ctx.handlerIds());
        var presiding = organization.user(p.presidingId());
        if (presiding.unitId() != ctx.changes().unitId() || !presiding.enabled()) {
            throw DomainException.invalid("hearing.presidingNotInUnit");
        }
        List<String> agents = p.agents() == null ? List.of()
                : p.agents().stream().filter(a -> a != null && !a.isBlank()).map(String::trim).toList();
        if (agents.size() > 2) {
            // Art. 64(5): one or two agents
            throw DomainException.invalid("hearing.tooManyAgents");
        }
        String place = required(p.place(), "place");
        LocalDate noticeServed = pastOrToday(p.noticeServedDate(), "noticeServedDate", ctx.today());
        if (p.hearingDate() == null) {
            throw DomainException.invalid("field.required", "hearingDate");
        }
        LocalDate earliest = hearings.earliestHearingDate(noticeServed);
        if (p.hearingDate().isBefore(earliest)) {
            // Art. 64(2): the party is told the time and place 7 (working) days before
            throw DomainException.invalid("hearing.noticeTooLate", earliest);
        }
        long caseId = ctx.caseId();
        LocalDate requested = hearings.latestHearing(caseId).orElseThrow().requestedOn();
        // the hearing period is not counted in the decision period: pause from the request until the hearing ends
        return new StepResult()
                .act(() -> hearings.scheduleHearing(caseId, p.presidingId(), p.hearingDate(), place, noticeServed,
                        agents))
                .act(ctx.hearingPause(requested))
                .document(DocumentKind.HEARING_NOTICE)
                .done("HEARING_SCHEDULED", p.hearingDate() + " " + place + " " + presiding.displayName());
    }
}

package cn.zhifa.casefile;

import cn.zhifa.calendar.DeadlineLights;
import cn.zhifa.casefile.CaseClockService.AtRisk;
import cn.zhifa.casefile.internal.CaseFileMapper;
import cn.zhifa.casefile.internal.ClockMapper;
import cn.zhifa.casefile.internal.ClockMapper.DeadlineRow;
import cn.zhifa.casefile.internal.HandlerRow;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.Role;
import cn.zhifa.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The supervisor's list of open deadlines due within the warning window or overdue ({@link CaseClockService#atRisk}),
 * with each case's handlers: heads and team leaders see their unit, the all-units roles any unit or all.
 */
@Component
class AtRiskList {

    private final ClockMapper mapper;
    private final CaseFileMapper cases;
    private final DeadlineLights lights;
    private final DeadlineComputation computation;
    private final Clock clock;

    AtRiskList(ClockMapper mapper, CaseFileMapper cases, DeadlineLights lights, DeadlineComputation computation,
            Clock clock) {
        this.mapper = mapper;
        this.cases = cases;
        this.lights = lights;
        this.computation = computation;
        this.clock = clock;
    }

    List<AtRisk> list(Actor actor, Long unitId, int limit) {
        if (!(actor.seesAllUnits() || actor.isHead() || actor.has(Role.TEAM_LEADER))) {
            throw DomainException.forbidden("auth.supervisorOnly");
        }
        Long unit = actor.seesAllUnits() ? unitId : Long.valueOf(actor.unitId());
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = computation.warnHorizon(today);
        List<DeadlineRow> due = mapper.openDueBy(horizon, unit, limit <= 0 || limit > 1000 ? 500 : limit);
        Map<Long, List<String>> handlers = new HashMap<>();
        if (!due.isEmpty()) {
            for (HandlerRow h : cases.findHandlersOfCases(due.stream().map(d -> d.caseId).distinct().toList())) {
                handlers.computeIfAbsent(h.caseId, k -> new ArrayList<>()).add(h.name);
            }
        }
        List<AtRisk> out = new ArrayList<>();
        for (DeadlineRow d : due) {
            out.add(new AtRisk(d.caseId, d.caseNo, d.partyName, d.unitId, DeadlineKind.valueOf(d.kind), d.dueDate,
                    d.confirmed, lights.light(d.dueDate, today), lights.workingDaysLeft(d.dueDate, today),
                    handlers.getOrDefault(d.caseId, List.of())));
        }
        return out;
    }
}

package cn.zhifa.casefile;

import cn.zhifa.calendar.StatutoryPeriod;
import cn.zhifa.calendar.StatutoryPeriods;
import cn.zhifa.casefile.CollectiveDeliberation.ExtensionResolution;
import cn.zhifa.casefile.internal.CaseFileMapper;
import cn.zhifa.casefile.internal.CaseRow;
import cn.zhifa.casefile.internal.ClockMapper;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.Role;
import cn.zhifa.shared.DomainException;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of extending the decision period (办案期限, 行政处罚法 Art. 60; 住建部令55 Art. 29, 市场监管 Art. 64): the
 * first extension by a head (+30 days); every further one only on a confirmed resolution of the heads' collective
 * deliberation agreeing to extend this case, not used before, whose days cover the request — together at most the
 * collective period (≤ 60 days). Decision records 0004 and 0030.
 */
@Component
public class DecisionExtensions {

    private final CaseFileMapper cases;
    private final ClockMapper mapper;
    private final StatutoryPeriods periods;
    private final ObjectProvider<CollectiveDeliberation> deliberation;

    DecisionExtensions(CaseFileMapper cases, ClockMapper mapper, StatutoryPeriods periods,
            ObjectProvider<CollectiveDeliberation> deliberation) {
        this.cases = cases;
        this.mapper = mapper;
        this.periods = periods;
        this.deliberation = deliberation;
    }

    /**
     * Whether the heads may be asked to extend the case's decision period by {@code days}: the clock runs, the head's
     * extension is used, and the days fit in what is left of the collective period. Refuses with the rule otherwise.
     */
    @Transactional(readOnly = true)
    public void checkRequest(Actor actor, long caseId, int days) {
        CaseRow row = CaseScope.readable(actor, cases.findCase(caseId), caseId);
        if (row.filedDate == null || row.decidedDate != null || row.stage.isTerminal()) {
            throw DomainException.invalid("clock.notRunning");
        }
        List<ClockEvent> events = mapper.events(caseId);
        if (events.stream().noneMatch(e -> e.kind() == ClockEventKind.EXTENSION_HEAD)) {
            throw DomainException.invalid("clock.headExtensionFirst");
        }
        checkDays(events, days);
    }

    /**
     * The actor's unit's undecided cases whose head's extension is used and that have collective days left: the cases
     * a head may put on a meeting for the extension question.
     */
    @Transactional(readOnly = true)
    public List<Long> candidates(Actor actor) {
        return mapper.casesWithHeadExtension(actor.unitId(), 200).stream()
                .filter(id -> collectiveLeft(mapper.events(id)) > 0).toList();
    }

    /** The case's confirmed resolutions granting an extension that no extension used yet (the clock dialog offers them). */
    @Transactional(readOnly = true)
    public List<ExtensionResolution> usable(Actor actor, long caseId) {
        CaseScope.readable(actor, cases.findCase(caseId), caseId);
        return deliberation.getObject().extensionResolutions(caseId).stream()
                .filter(r -> r.grants() && mapper.eventsWithResolution(r.id()) == 0).toList();
    }

    /**
     * The checks of one extension on the locked case (its events read in the same transaction): the head's, or a
     * further one with its resolution. Returns the resolution used (null for the head's extension).
     */
    ExtensionResolution check(Actor actor, long caseId, List<ClockEvent> events, ClockEventKind kind, int days,
            Long resolutionId) {
        boolean headDone = events.stream().anyMatch(e -> e.kind() == ClockEventKind.EXTENSION_HEAD);
        if (kind == ClockEventKind.EXTENSION_HEAD) {
            if (headDone) {
                throw DomainException.invalid("clock.headExtensionUsed");
            }
            int allowed = periods.of(StatutoryPeriod.DECISION_EXTENSION_HEAD).amount();
            if (days != allowed) {
                throw DomainException.invalid("clock.badExtensionDays", allowed);
            }
            return null;
        }
        if (kind != ClockEventKind.EXTENSION_COLLECTIVE) {
            throw DomainException.invalid("clock.notAnExtension", kind);
        }
        if (!actor.has(Role.PRINCIPAL_HEAD)) {
            throw DomainException.forbidden("clock.collectiveNeedsPrincipal");
        }
        if (!headDone) {
            throw DomainException.invalid("clock.headExtensionFirst");
        }
        checkDays(events, days);
        return resolution(caseId, resolutionId, days);
    }

    /** The days of the collective period (≤ 60) the case's extensions by deliberation have not used. */
    private int collectiveLeft(List<ClockEvent> events) {
        return periods.of(StatutoryPeriod.DECISION_EXTENSION_COLLECTIVE).amount() - events.stream()
                .filter(e -> e.kind() == ClockEventKind.EXTENSION_COLLECTIVE)
                .mapToInt(e -> e.days() == null ? 0 : e.days()).sum();
    }

    private void checkDays(List<ClockEvent> events, int days) {
        int left = collectiveLeft(events);
        if (left <= 0) {
            throw DomainException.invalid("clock.collectiveExtensionUsed",
                    periods.of(StatutoryPeriod.DECISION_EXTENSION_COLLECTIVE).amount());
        }
        if (days < 1 || days > left) {
            throw DomainException.invalid("clock.badExtensionDays", left);
        }
    }

    /** 住建部令55 Art. 29: the further extension is the heads' collective decision, confirmed, for this case, once. */
    private ExtensionResolution resolution(long caseId, Long resolutionId, int days) {
        if (resolutionId == null) {
            throw DomainException.invalid("clock.collectiveNeedsResolution");
        }
        ExtensionResolution r = deliberation.getObject().extensionResolution(resolutionId)
                .orElseThrow(() -> DomainException.invalid("clock.resolutionNotFound", resolutionId));
        if (r.caseId() != caseId) {
            throw DomainException.invalid("clock.resolutionOtherCase", resolutionId);
        }
        if (!r.adopted() || !r.confirmed()) {
            throw DomainException.invalid("clock.resolutionNotConfirmed", resolutionId);
        }
        if (r.days() <= 0) {
            throw DomainException.invalid("clock.resolutionRefusedExtension", resolutionId);
        }
        if (mapper.eventsWithResolution(resolutionId) > 0) {
            throw DomainException.conflict("clock.resolutionUsed", resolutionId);
        }
        if (days > r.days()) {
            throw DomainException.invalid("clock.resolutionDaysExceeded", r.days());
        }
        return r;
    }
}

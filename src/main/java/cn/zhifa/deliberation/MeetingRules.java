package cn.zhifa.deliberation;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.deliberation.internal.ItemRow;
import cn.zhifa.deliberation.internal.MeetingRow;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.DomainException;
import java.math.BigDecimal;
import java.util.Objects;

/** The rules of a meeting that both convening and voting check: who may run it, its status, its quorum, the input. */
final class MeetingRules {

    private MeetingRules() {
    }

    static void requireHead(Actor actor) {
        if (!actor.isHead()) {
            throw DomainException.forbidden("deliberation.headsOnly");
        }
    }

    /** The convener, the presiding head or the designated deputy run the meeting. */
    static void requireManager(Actor actor, MeetingRow m) {
        requireHead(actor);
        long me = actor.userId();
        if (me != m.convenedBy && me != m.presidingId && !Objects.equals(m.deputyId, me)) {
            throw DomainException.forbidden("deliberation.notManager");
        }
    }

    /** The chair: the presiding head when present, otherwise the designated deputy. */
    static void requireChair(Actor actor, Meeting m) {
        requireHead(actor);
        boolean presidingPresent = m.attendee(m.presidingId()).map(Meeting.Attendee::attended).orElse(false);
        long chair = presidingPresent || m.deputyId() == null ? m.presidingId() : m.deputyId();
        if (actor.userId() != chair) {
            throw DomainException.forbidden("deliberation.notChair");
        }
    }

    static void requireStatus(MeetingRow m, MeetingStatus expected, String code) {
        if (!expected.name().equals(m.status)) {
            throw DomainException.invalid(code);
        }
    }

    static void requireOpen(ItemRow item) {
        if (!ItemStatus.OPEN.name().equals(item.status)) {
            throw DomainException.conflict("deliberation.itemSettled", item.caseNo);
        }
    }

    /** The outcome and amounts fit together (the same rule as the report and the decision step). */
    static void checkOutcome(OutcomeType type, BigDecimal fine, BigDecimal confiscation) {
        if (type == null) {
            throw DomainException.invalid("field.required", "outcome");
        }
        type.checkAmounts(fine, confiscation);
    }


    static String caseNo(CaseFile c) {
        return c.caseNo() == null ? String.valueOf(c.id()) : c.caseNo();
    }

    /** 法定人数: the configured share of the unit's heads present, and the principal head or the designated deputy. */
    static void checkQuorum(Meeting m, DeliberationSettings settings) {
        int heads = m.votingHeads().size();
        int present = m.presentHeads().size();
        int needed = settings.quorum(heads);
        if (present < needed) {
            throw DomainException.invalid("deliberation.noQuorum", present, needed, heads);
        }
        if (settings.principalRequired()) {
            boolean principal = m.presentHeads().stream().anyMatch(a -> a.role() == AttendeeRole.PRINCIPAL_HEAD);
            boolean deputy = m.deputyId() != null
                    && m.presentHeads().stream().anyMatch(a -> a.userId() == m.deputyId());
            if (!principal && !deputy) {
                throw DomainException.invalid("deliberation.noPrincipal");
            }
        }
    }
}

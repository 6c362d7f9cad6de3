package cn.zhifa.casefile;

import cn.zhifa.casefile.internal.CaseRow;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.DomainException;

/**
 * The data scope of cases, in one place: a case can be read in its own unit (supervisors and admins: every unit) and
 * worked on only in its own unit. Absent and out-of-scope answer the same "not found", so ids cannot be probed.
 */
final class CaseScope {
    private CaseScope() {
    }

    static CaseRow readable(Actor actor, CaseRow row, long caseId) {
        if (row == null || !(actor.seesAllUnits() || row.unitId == actor.unitId())) {
            throw DomainException.notFound("case.notFound", caseId);
        }
        return row;
    }

    static CaseRow workable(Actor actor, CaseRow row, long caseId) {
        if (row == null || row.unitId != actor.unitId()) {
            throw DomainException.notFound("case.notFound", caseId);
        }
        return row;
    }
}

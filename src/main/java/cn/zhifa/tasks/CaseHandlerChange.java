package cn.zhifa.tasks;

import cn.zhifa.organization.Actor;

/**
 * 转办 of a case's handlers (承办人), offered by the inbox beside a handlers' task; implemented by the case file,
 * which owns the handlers and checks the rule (decision 0022).
 */
public interface CaseHandlerChange {

    /** Replaces handler {@code fromUserId} by {@code toUserId} with a reason; refuses with nothing changed. */
    void replace(Actor actor, long caseId, long fromUserId, long toUserId, String reason);
}

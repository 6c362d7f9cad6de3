package cn.zhifa.tasks;

import cn.zhifa.organization.Actor;

/**
 * A verb that many open tasks of the same kind may take at once (批量签收, 批量备案 …), contributed by the module that
 * owns the act. {@link BulkTasks} performs it task by task, each in the act's own transaction, so one refusal
 * leaves the others done and itself unchanged.
 */
public interface BulkTaskAction {

    /** Stable id used by the REST API and the screens, e.g. {@code CLAIM}. */
    String id();

    /** Message key of the button and of the result ("已签收 {0} 件"). */
    String labelKey();

    /** Whether the act is one this task can take (its kind and state; rights are the act's own checks). */
    boolean applies(Actor actor, InboxTask task);

    /** Performs the act on one task; a refusal is thrown as a {@link cn.zhifa.shared.DomainException}. */
    void perform(Actor actor, InboxTask task);
}

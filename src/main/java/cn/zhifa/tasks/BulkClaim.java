package cn.zhifa.tasks;

import cn.zhifa.organization.Actor;
import org.springframework.stereotype.Component;

/** 批量签收: unclaimed tasks taken by the actor, each with the claim's own checks. */
@Component
class BulkClaim implements BulkTaskAction {

    private final InboxService inbox;

    BulkClaim(InboxService inbox) {
        this.inbox = inbox;
    }

    @Override
    public String id() {
        return "CLAIM";
    }

    @Override
    public String labelKey() {
        return "tasks.bulk.CLAIM";
    }

    @Override
    public boolean applies(Actor actor, InboxTask task) {
        return task.assigneeId() == null;
    }

    @Override
    public void perform(Actor actor, InboxTask task) {
        inbox.claim(actor, task.taskId());
    }
}

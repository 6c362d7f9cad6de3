package cn.zhifa.tasks;

import cn.zhifa.organization.Actor;

/**
 * A check another feature adds to claiming a task (e.g. a legal reviewer's qualification and recusal). Called by
 * {@link InboxService#claim} with the task row locked; refuses by throwing a {@link cn.zhifa.shared.DomainException}.
 */
public interface ClaimGuard {

    void check(Actor actor, TaskRef task);
}

package cn.zhifa.casefile;

import cn.zhifa.organization.Actor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Runs every {@link StepGuard} bean in order; none registered = nothing to check. */
@Component
public class StepGuards {

    private final ObjectProvider<StepGuard> guards;

    StepGuards(ObjectProvider<StepGuard> guards) {
        this.guards = guards;
    }

    public void check(Actor actor, CaseFile caseFile, String taskKey, Object payload) {
        guards.orderedStream().forEach(g -> g.check(actor, caseFile, taskKey, payload));
    }
}

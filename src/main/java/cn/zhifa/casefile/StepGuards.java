package cn.zhifa.casefile;

import cn.zhifa.organization.Actor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Runs every {@link StepGuard} bean in order; none registered = nothing to check. */
@Component
public class StepGuards {

    /** Every guard in order, looked up once on first use. */
    private final java.util.function.Supplier<java.util.List<StepGuard>> guards;

    StepGuards(ObjectProvider<StepGuard> guards) {
        this.guards = org.springframework.util.function.SingletonSupplier.of(() -> guards.orderedStream().toList());
    }

    public void check(Actor actor, CaseFile caseFile, String taskKey, Object payload) {
        guards.get().forEach(g -> g.check(actor, caseFile, taskKey, payload));
    }
}

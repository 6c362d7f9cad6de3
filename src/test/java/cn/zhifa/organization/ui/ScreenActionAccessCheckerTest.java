package cn.zhifa.organization.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.organization.Action;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.ScreenAction;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A screen that performs one action is offered and opened by the permission matrix: whoever the matrix allows, nobody
 * else — a supervisor is refused even when he also holds a role that would allow it (the matrix's read-only rule).
 */
class ScreenActionAccessCheckerTest {

    @ScreenAction(Action.CASE_REGISTER)
    static class RegisterForm {
    }

    static class ReadOnlyList {
    }

    private static Actor actor(Role... roles) {
        return new Actor(1, "u", "u", 1, Set.of(roles));
    }

    @Test
    void theMatrixDecidesWhoOpensAScreenThatPerformsAnAction() {
        assertThat(ScreenActionAccessChecker.allowed(RegisterForm.class, actor(Role.OFFICER))).isTrue();
        assertThat(ScreenActionAccessChecker.allowed(RegisterForm.class, actor(Role.AUXILIARY))).isTrue();
        assertThat(ScreenActionAccessChecker.allowed(RegisterForm.class, actor(Role.SUPERVISOR))).isFalse();
        assertThat(ScreenActionAccessChecker.allowed(RegisterForm.class, actor(Role.SUPERVISOR, Role.OFFICER)))
                .as("supervisors are read-only whatever else they hold").isFalse();
        assertThat(ScreenActionAccessChecker.allowed(RegisterForm.class, actor(Role.ADMIN))).isFalse();
        assertThat(ScreenActionAccessChecker.allowed(RegisterForm.class, actor(Role.LEGAL_REVIEWER))).isFalse();
        assertThat(ScreenActionAccessChecker.allowed(RegisterForm.class, null)).isFalse();
        // a screen without the annotation is left to its role annotations
        assertThat(ScreenActionAccessChecker.allowed(ReadOnlyList.class, actor(Role.SUPERVISOR))).isTrue();
    }

    @Test
    void theWriteScreensDeclareTheirAction() throws ClassNotFoundException {
        Map<String, Action> screens = Map.of(
                "cn.zhifa.casefile.ui.RegisterLeadView", Action.CASE_REGISTER,
                "cn.zhifa.summary.ui.SummaryFieldFormView", Action.SUMMARY_DECIDE,
                "cn.zhifa.complaint.ui.ComplaintIntakeView", Action.COMPLAINT_INTAKE);
        for (Map.Entry<String, Action> e : screens.entrySet()) {
            Class<?> view = Class.forName(e.getKey());
            assertThat(view.getAnnotation(ScreenAction.class)).as(e.getKey()).isNotNull();
            assertThat(view.getAnnotation(ScreenAction.class).value()).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(ScreenActionAccessChecker.allowed(view, actor(Role.SUPERVISOR))).as(e.getKey()).isFalse();
            assertThat(ScreenActionAccessChecker.allowed(view, actor(Role.OFFICER))).as(e.getKey()).isTrue();
        }
    }
}

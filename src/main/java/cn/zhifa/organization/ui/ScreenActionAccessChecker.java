package cn.zhifa.organization.ui;

import cn.zhifa.organization.Actor;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.organization.Permissions;
import cn.zhifa.organization.ScreenAction;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import org.springframework.stereotype.Component;

/**
 * The permission matrix at the screens' door: a view annotated {@link ScreenAction} is refused (and left out of the
 * menu, which Vaadin builds with the same access check) for an actor the matrix does not allow its action. Views
 * without the annotation are left to the role annotations ({@code @RolesAllowed}, {@code @PermitAll}).
 */
@Component
class ScreenActionAccessChecker implements NavigationAccessChecker {

    @Override
    public AccessCheckResult check(NavigationContext context) {
        if (context.isErrorHandling() || context.getPrincipal() == null
                || context.getNavigationTarget().getAnnotation(ScreenAction.class) == null) {
            // not signed in: the role annotations send the visitor to the login page first
            return context.neutral();
        }
        return allowed(context.getNavigationTarget(), CurrentActor.get()) ? context.neutral()
                : context.deny("permission matrix: " + context.getNavigationTarget().getSimpleName());
    }

    /** Whether the actor may open the screen: no {@link ScreenAction}, or the matrix allows its action. */
    static boolean allowed(Class<?> target, Actor actor) {
        ScreenAction action = target.getAnnotation(ScreenAction.class);
        return action == null || actor != null && Permissions.allows(actor, action.value());
    }
}

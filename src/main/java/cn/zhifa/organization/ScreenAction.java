package cn.zhifa.organization;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the {@link Action} a screen exists to perform (a view whose whole purpose is one write, such as 登记线索):
 * the screen is offered in the menu and opened only to those the permission matrix allows
 * ({@link Permissions#allows}) — so a read-only supervisor never sees a form whose submission would be refused. The
 * roles come from the matrix, not from a second list on the view; the service still checks the same matrix (and the
 * relation) when the form is submitted.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ScreenAction {
    Action value();
}

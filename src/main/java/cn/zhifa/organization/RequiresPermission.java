package cn.zhifa.organization;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the {@link Action} a service method performs: before it runs, the {@link Actor} among its arguments is
 * checked against the permission matrix ({@link Permissions#require}); a refusal is a 403 and nothing has run. A
 * null actor (the engine, the system, the public portal) passes only for {@link Action.Scope#PUBLIC} actions or when
 * the method is not reachable by a user; the method's own checks still apply.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequiresPermission {
    Action value();
}

package cn.zhifa.organization;

import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotationUtils;

/**
 * Method security for the permission matrix: an infrastructure advisor (picked up by the same auto-proxy creator as
 * {@code @Transactional}) checks {@link RequiresPermission} before the method and outside its transaction.
 */
@Configuration(proxyBeanMethods = false)
class PermissionConfig {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor permissionAdvisor() {
        MethodInterceptor check = invocation -> {
            Method m = invocation.getMethod();
            Class<?> target = invocation.getThis() == null ? m.getDeclaringClass()
                    : AopUtils.getTargetClass(invocation.getThis());
            RequiresPermission rp = AnnotationUtils.findAnnotation(AopUtils.getMostSpecificMethod(m, target),
                    RequiresPermission.class);
            if (rp != null) {
                Actor actor = null;
                boolean found = false;
                for (Object arg : invocation.getArguments()) {
                    if (arg instanceof Actor a) {
                        actor = a;
                        found = true;
                        break;
                    }
                }
                if (!found && !hasActorParameter(m)) {
                    throw new IllegalStateException("@RequiresPermission on a method without an Actor: " + m);
                }
                if (actor != null || rp.value().scope() == Action.Scope.PUBLIC) {
                    Permissions.require(actor, rp.value());
                }
            }
            return invocation.proceed();
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                AnnotationMatchingPointcut.forMethodAnnotation(RequiresPermission.class), check);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    private static boolean hasActorParameter(Method m) {
        for (Class<?> t : m.getParameterTypes()) {
            if (t == Actor.class) {
                return true;
            }
        }
        return false;
    }
}

package cn.zhifa.organization;

import cn.zhifa.organization.internal.ZhifaUserDetailsService.ActorPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The role part of the permission matrix at the REST boundary, before the request body is read and validated: a
 * role the matrix refuses is answered 403 {@code permission.denied} whatever it sent, so a refused caller learns
 * nothing about what a valid request would be. The services check the same matrix again (and the relation) for the
 * screens and the engine.
 */
@Configuration(proxyBeanMethods = false)
class PermissionInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final Map<String, Action> byEndpoint = new HashMap<>();

    PermissionInterceptor() {
        for (Action a : Action.values()) {
            a.endpoints().forEach(e -> byEndpoint.put(e, a));
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        Action action = pattern == null ? null : byEndpoint.get(request.getMethod() + " " + pattern);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (action != null && auth != null && auth.getPrincipal() instanceof ActorPrincipal p) {
            Permissions.require(p.actor(), action);
        }
        return true;
    }
}

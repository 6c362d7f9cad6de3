package cn.zhifa.organization;

import cn.zhifa.organization.internal.ZhifaUserDetailsService.ActorPrincipal;
import cn.zhifa.shared.DomainException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The {@link Actor} of the current request, from the authenticated principal only. */
public final class CurrentActor {
    private CurrentActor() {
    }

    public static Actor get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof ActorPrincipal p) {
            return p.actor();
        }
        throw DomainException.forbidden("auth.required");
    }
}

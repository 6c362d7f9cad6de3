package cn.zhifa.account.internal;

import cn.zhifa.account.AccountSettings;
import cn.zhifa.account.LoginGuard;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.UserAccount;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Idle session timeout (等保: 登录连接超时自动退出) on the application's clock: a logged-in session with no user
 * request for {@code zhifa.accounts.idle-timeout} (default 30 min) is invalidated before Spring Security reads it, so
 * the request goes on as anonymous (the screens show the login page) and the timeout is logged. Vaadin's heartbeats
 * keep the UI connected but do not count as activity.
 */
@Component
@Order(-110)
public class IdleSessionFilter extends OncePerRequestFilter {

    static final String LAST_ACTIVITY = IdleSessionFilter.class.getName() + ".lastActivity";

    private final AccountSettings settings;
    private final LoginGuard guard;
    private final OrganizationService organization;
    private final Clock clock;

    public IdleSessionFilter(AccountSettings settings, LoginGuard guard, OrganizationService organization,
            Clock clock) {
        this.settings = settings;
        this.guard = guard;
        this.organization = organization;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                check(request, session);
            } catch (IllegalStateException alreadyInvalid) {
                // the session ended meanwhile: nothing to time out
            }
        }
        chain.doFilter(request, response);
    }

    private void check(HttpServletRequest request, HttpSession session) {
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (!(context instanceof SecurityContext sc) || sc.getAuthentication() == null
                || !sc.getAuthentication().isAuthenticated()) {
            return;
        }
        long now = clock.millis();
        Object last = session.getAttribute(LAST_ACTIVITY);
        if (last instanceof Long l && now - l > settings.idleTimeout().toMillis()) {
            Authentication auth = sc.getAuthentication();
            String name = auth.getName();
            Long userId = organization.findByUsername(name).map(UserAccount::id).orElse(null);
            session.invalidate();
            guard.idleTimeout(name, userId, request.getRemoteAddr());
            return;
        }
        if (!isHeartbeat(request)) {
            session.setAttribute(LAST_ACTIVITY, now);
        }
    }

    private static boolean isHeartbeat(HttpServletRequest request) {
        return "heartbeat".equals(request.getParameter("v-r"));
    }
}

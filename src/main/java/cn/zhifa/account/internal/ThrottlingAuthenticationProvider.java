package cn.zhifa.account.internal;

import cn.zhifa.account.LoginGuard;
import cn.zhifa.account.LoginGuard.Channel;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.UserAccount;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one way to log in (login form and HTTP Basic alike): refuses a locked name or address before the password is
 * checked, checks the password with BCrypt, and tells {@link LoginGuard} of every success and failure.
 */
@Component
public class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginGuard guard;
    private final OrganizationService organization;

    public ThrottlingAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginGuard guard,
            OrganizationService organization) {
        this.delegate = new DaoAuthenticationProvider(users);
        this.delegate.setPasswordEncoder(encoder);
        this.guard = guard;
        this.organization = organization;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = address(authentication);
        Channel channel = channel();
        if (guard.refusal(username, address, channel).isPresent()) {
            throw new LockedException("too many failed logins");
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            Long userId = userId(username);
            guard.succeeded(username, userId == null ? 0 : userId, address, channel);
            return result;
        } catch (AuthenticationException e) {
            guard.failed(username, userId(username), address, channel, e.getClass().getSimpleName());
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private Long userId(String username) {
        if (username == null || username.isEmpty() || username.length() > 50) {
            return null;
        }
        Optional<UserAccount> account = organization.findByUsername(username);
        return account.map(UserAccount::id).orElse(null);
    }

    private static String address(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null) {
            return d.getRemoteAddress();
        }
        HttpServletRequest request = request();
        return request == null ? "?" : request.getRemoteAddr();
    }

    private static Channel channel() {
        HttpServletRequest request = request();
        return request != null && request.getRequestURI().startsWith("/api/") ? Channel.API : Channel.FORM;
    }

    private static HttpServletRequest request() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a ? a.getRequest()
                : null;
    }
}

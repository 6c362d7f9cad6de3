package cn.zhifa.account.internal;

import cn.zhifa.account.LoginGuard;
import cn.zhifa.account.LoginGuard.Channel;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.UserAccount;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
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

    /** How long a verified name and password pair is trusted without BCrypt (the stored hash must still match). */
    static final long VERIFIED_MILLIS = 5 * 60_000L;
    private static final int VERIFIED_MAX = 10_000;

    private final DaoAuthenticationProvider delegate;
    private final UserDetailsService users;
    private final LoginGuard guard;
    private final OrganizationService organization;
    private final Clock clock;
    private final byte[] key = new byte[32];
    private final Map<String, Verified> verified = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
                    return size() > VERIFIED_MAX;
                }
            });

    private record Verified(String storedHash, long until) {
    }

    public ThrottlingAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginGuard guard,
            OrganizationService organization, Clock clock) {
        this.delegate = new DaoAuthenticationProvider(users);
        this.delegate.setPasswordEncoder(encoder);
        this.users = users;
        this.guard = guard;
        this.organization = organization;
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = address(authentication);
        Channel channel = channel();
        if (guard.refusal(username, address, channel).isPresent()) {
            throw new LockedException("too many failed logins");
        }
        String cacheKey = cacheKey(username, authentication.getCredentials());
        Authentication fast = verifiedBefore(cacheKey, username, authentication);
        if (fast != null) {
            guard.succeeded(username, () -> userId(username), address, channel);
            return fast;
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            if (cacheKey != null && result.getPrincipal() instanceof UserDetails u && u.getPassword() != null) {
                verified.put(cacheKey, new Verified(u.getPassword(), clock.millis() + VERIFIED_MILLIS));
            }
            guard.succeeded(username, () -> userId(username), address, channel);
            return result;
        } catch (AuthenticationException e) {
            guard.failed(username, userId(username), address, channel, e.getClass().getSimpleName());
            throw e;
        }
    }

    /**
     * BCrypt on every API call (HTTP Basic is checked per request) costs tens of milliseconds of CPU: a name and
     * password verified in the last minutes are trusted again as long as the account still has the same stored hash
     * (a new password, or a disabled or locked account, falls back to the full check). The pair is kept only as an
     * HMAC-SHA-256 under a key that lives in this process.
     */
    private Authentication verifiedBefore(String cacheKey, String username, Authentication authentication) {
        if (cacheKey == null) {
            return null;
        }
        Verified v = verified.get(cacheKey);
        if (v == null) {
            return null;
        }
        if (v.until() < clock.millis()) {
            verified.remove(cacheKey);
            return null;
        }
        UserDetails u;
        try {
            u = users.loadUserByUsername(username);
        } catch (AuthenticationException gone) {
            verified.remove(cacheKey);
            return null;
        }
        if (!v.storedHash().equals(u.getPassword()) || !u.isEnabled() || !u.isAccountNonLocked()
                || !u.isAccountNonExpired() || !u.isCredentialsNonExpired()) {
            verified.remove(cacheKey);
            return null;
        }
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(u, null,
                u.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    private String cacheKey(String username, Object credentials) {
        if (username == null || !(credentials instanceof String password) || password.isEmpty()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            return null;
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

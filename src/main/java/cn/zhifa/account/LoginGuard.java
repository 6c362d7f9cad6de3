package cn.zhifa.account;

import cn.zhifa.organization.Action;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.account.internal.AccountMapper;
import cn.zhifa.account.internal.LoginEventRow;
import cn.zhifa.account.internal.ThrottleRow;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.Role;
import cn.zhifa.shared.DomainException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login throttling and the login log (等保 level 3, 身份鉴别: 登录失败处理, 安全审计). Every failed login counts against
 * the name as entered and against the client address; the Nth failure within the window locks that name (or address)
 * for the lockout duration — a locked login is refused before the password is looked at, so a lockout says nothing
 * about whether the password was right, and names that are no account are throttled the same way. A success clears
 * the name's count (not the address's). Admins read the log and unlock early, with a reason, which is logged.
 * Each write commits on its own (a failed login has no transaction to join and must be recorded anyway).
 */
@Service
public class LoginGuard {

    private static final Logger LOG = LoggerFactory.getLogger(LoginGuard.class);

    /** Where a login came from. */
    public enum Channel { FORM, API, ADMIN }

    /** What the log says happened. */
    public enum Outcome { SUCCESS, FAILURE, LOCKED, REFUSED_LOCKED, UNLOCKED, IDLE_TIMEOUT }

    /** What a lockout applies to. */
    public enum Scope { ACCOUNT, ADDRESS }

    static final int SUBJECT_MAX = 100;
    /** Clock differences between application nodes that still count as "now". */
    private static final java.time.Duration SKEW = java.time.Duration.ofMinutes(1);

    private final AccountMapper mapper;
    private final AccountSettings settings;
    private final Clock clock;

    public LoginGuard(AccountMapper mapper, AccountSettings settings, Clock clock) {
        this.mapper = mapper;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Until when logins of this name or from this address are refused, if they are now; a refused attempt is logged.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<LocalDateTime> refusal(String username, String address, Channel channel) {
        LocalDateTime now = now();
        LocalDateTime until = null;
        for (Scope scope : Scope.values()) {
            ThrottleRow row = mapper.findThrottle(scope.name(), subject(scope, username, address));
            if (row != null && isLocked(row, scope, now) && (until == null || row.lockedUntil.isAfter(until))) {
                until = row.lockedUntil;
            }
        }
        if (until != null) {
            log(username, null, address, channel, Outcome.REFUSED_LOCKED, "until " + until, null);
        }
        return Optional.ofNullable(until);
    }

    /** A wrong password (or unknown name, or disabled account): counts, and locks at the threshold. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String username, Long userId, String address, Channel channel, String detail) {
        log(username, userId, address, channel, Outcome.FAILURE, detail, null);
        for (Scope scope : Scope.values()) {
            count(scope, subject(scope, username, address), username, userId, address, channel);
        }
    }

    /** A successful login: logged (screens; API calls only when they clear a count) and the name's count cleared. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username, java.util.function.Supplier<Long> userId, String address,
            Channel channel) {
        String subject = subject(Scope.ACCOUNT, username, address);
        boolean counted = mapper.findThrottle(Scope.ACCOUNT.name(), subject) != null;
        if (counted) {
            mapper.deleteThrottle(Scope.ACCOUNT.name(), subject);
        }
        if (channel == Channel.FORM || counted) {
            log(username, userId.get(), address, channel, Outcome.SUCCESS, null, null);
        }
    }

    /** A session ended by the idle timeout. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void idleTimeout(String username, Long userId, String address) {
        log(username, userId, address, Channel.FORM, Outcome.IDLE_TIMEOUT, null, null);
    }

    /** Admin: lift a lockout before it expires, with a reason (logged). */
    @RequiresPermission(Action.ADMINISTER)
    @Transactional
    public void unlock(Actor admin, Scope scope, String subject, String reason) {
        requireAdmin(admin);
        if (scope == null || subject == null || subject.isBlank() || subject.length() > SUBJECT_MAX) {
            throw DomainException.invalid("account.unlock.subject");
        }
        if (reason == null || reason.isBlank() || reason.length() > 400) {
            throw DomainException.invalid("account.unlock.reason");
        }
        ThrottleRow row = mapper.lockThrottle(scope.name(), subject);
        if (row == null || !isLocked(row, scope, now())) {
            throw DomainException.notFound("account.unlock.notLocked", subject);
        }
        mapper.deleteThrottle(scope.name(), row.subject);
        log(scope == Scope.ACCOUNT ? row.subject : "-", null, scope == Scope.ADDRESS ? row.subject : "-",
                Channel.ADMIN, Outcome.UNLOCKED, scope + ": " + reason.strip(), admin.userId());
    }

    /** Admin: the lockouts in force now. */
    @Transactional(readOnly = true)
    public List<Lockout> lockouts(Actor admin) {
        requireAdmin(admin);
        LocalDateTime now = now();
        return mapper.findLocked(now).stream().filter(r -> isLocked(r, Scope.valueOf(r.kind), now))
                .map(r -> new Lockout(Scope.valueOf(r.kind), r.subject, r.failures, r.lockedUntil)).toList();
    }

    /** Admin: the login log, newest first (optionally one name as entered), at most {@code limit} (≤ 1,000). */
    @Transactional(readOnly = true)
    public List<LoginEvent> events(Actor admin, String username, int limit) {
        requireAdmin(admin);
        if (limit < 1 || limit > 1000) {
            throw DomainException.invalid("account.log.limit", 1000);
        }
        String name = username == null || username.isBlank() ? null : printable(username);
        return mapper.findEvents(name, null, limit).stream().map(r -> new LoginEvent(r.id, r.occurredAt, r.username,
                r.userId, r.address, Channel.valueOf(r.channel), Outcome.valueOf(r.outcome), r.detail, r.actorId))
                .toList();
    }

    // ---- internals ---------------------------------------------------------------------------------------------

    private void count(Scope scope, String subject, String username, Long userId, String address, Channel channel) {
        LocalDateTime now = now();
        ThrottleRow row = mapper.lockThrottle(scope.name(), subject);
        if (row == null) {
            row = new ThrottleRow();
            row.kind = scope.name();
            row.subject = subject;
            row.failures = 0;
            row.windowStart = now;
            try {
                bump(row, scope, now, username, userId, address, channel);
                mapper.insertThrottle(row);
                return;
            } catch (DuplicateKeyException raced) {
                row = mapper.lockThrottle(scope.name(), subject);
                if (row == null) {
                    return;
                }
            }
        }
        boolean windowOver = row.windowStart.plus(settings.failureWindow(scope)).isBefore(now)
                || row.windowStart.isAfter(now.plus(SKEW));
        boolean lockOver = row.lockedUntil != null && !isLocked(row, scope, now);
        if ((windowOver && row.lockedUntil == null) || lockOver) {
            row.failures = 0;
            row.windowStart = now;
            row.lockedUntil = null;
        }
        bump(row, scope, now, username, userId, address, channel);
        mapper.updateThrottle(row);
    }

    private void bump(ThrottleRow row, Scope scope, LocalDateTime now, String username, Long userId, String address,
            Channel channel) {
        row.failures++;
        if (row.lockedUntil == null && row.failures >= settings.maxFailures(scope)) {
            row.lockedUntil = now.plus(settings.lockout(scope));
            log(username, userId, address, channel, Outcome.LOCKED, scope + " until " + row.lockedUntil, null);
            LOG.warn("Login lockout: {} {} until {} after {} failures", scope, row.subject, row.lockedUntil,
                    row.failures);
        }
    }

    /** Locked now; a lock that reaches further than one lockout from now (the clock was set back) counts as over. */
    private boolean isLocked(ThrottleRow row, Scope scope, LocalDateTime now) {
        return row.lockedUntil != null && row.lockedUntil.isAfter(now)
                && !row.lockedUntil.isAfter(now.plus(settings.lockout(scope)).plus(SKEW));
    }

    private void log(String username, Long userId, String address, Channel channel, Outcome outcome, String detail,
            Long actorId) {
        LoginEventRow e = new LoginEventRow();
        e.occurredAt = now();
        e.username = printable(username == null ? "" : username);
        e.userId = userId;
        e.address = address == null ? "?" : cut(address, 64);
        e.channel = channel.name();
        e.outcome = outcome.name();
        e.detail = detail == null ? null : cut(printable(detail), 500);
        e.actorId = actorId;
        mapper.insertEvent(e);
    }

    static String subject(Scope scope, String username, String address) {
        return scope == Scope.ACCOUNT ? printable(username == null ? "" : username) : cut(address == null ? "?" : address,
                SUBJECT_MAX);
    }

    /** The name as entered, control and invisible characters written as \\uXXXX, cut to 100 characters. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && b.length() < SUBJECT_MAX; i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.isSurrogate(c) || c == '\\') {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return cut(b.toString(), SUBJECT_MAX);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** Whole seconds, as the DATETIME columns keep them (a rounded-up stored time must not look like the future). */
    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private static void requireAdmin(Actor actor) {
        if (actor == null || !actor.has(Role.ADMIN)) {
            throw DomainException.forbidden("account.adminOnly");
        }
    }
}

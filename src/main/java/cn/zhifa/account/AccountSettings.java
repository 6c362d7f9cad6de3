package cn.zhifa.account;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Login throttling, idle sessions and the public complaint form's limits (see the README's settings table).
 * Failures are counted in a window; the Nth failure in the window locks the account name (or the client address)
 * for the lockout duration; an admin may unlock earlier.
 */
@Component
public class AccountSettings {

    private final int maxFailures;
    private final Duration failureWindow;
    private final Duration lockout;
    private final int addressMaxFailures;
    private final Duration addressWindow;
    private final Duration addressLockout;
    private final Duration idleTimeout;
    private final int complaintsPerAddress;
    private final int complaintsPerSession;
    private final Duration complaintWindow;

    public AccountSettings(@Value("${zhifa.accounts.max-failures:5}") int maxFailures,
            @Value("${zhifa.accounts.failure-window:15m}") Duration failureWindow,
            @Value("${zhifa.accounts.lockout:15m}") Duration lockout,
            @Value("${zhifa.accounts.address-max-failures:20}") int addressMaxFailures,
            @Value("${zhifa.accounts.address-window:15m}") Duration addressWindow,
            @Value("${zhifa.accounts.address-lockout:15m}") Duration addressLockout,
            @Value("${zhifa.accounts.idle-timeout:30m}") Duration idleTimeout,
            @Value("${zhifa.public-complaint.per-address:10}") int complaintsPerAddress,
            @Value("${zhifa.public-complaint.per-session:3}") int complaintsPerSession,
            @Value("${zhifa.public-complaint.window:1h}") Duration complaintWindow) {
        if (maxFailures < 1 || addressMaxFailures < 1 || complaintsPerAddress < 1 || complaintsPerSession < 1) {
            throw new IllegalArgumentException("zhifa.accounts.*max-failures and zhifa.public-complaint.per-* must be >= 1");
        }
        for (Duration d : new Duration[] {failureWindow, lockout, addressWindow, addressLockout, idleTimeout,
            complaintWindow}) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("zhifa.accounts durations must be positive: " + d);
            }
        }
        this.maxFailures = maxFailures;
        this.failureWindow = failureWindow;
        this.lockout = lockout;
        this.addressMaxFailures = addressMaxFailures;
        this.addressWindow = addressWindow;
        this.addressLockout = addressLockout;
        this.idleTimeout = idleTimeout;
        this.complaintsPerAddress = complaintsPerAddress;
        this.complaintsPerSession = complaintsPerSession;
        this.complaintWindow = complaintWindow;
    }

    public int maxFailures(LoginGuard.Scope scope) {
        return scope == LoginGuard.Scope.ACCOUNT ? maxFailures : addressMaxFailures;
    }

    public Duration failureWindow(LoginGuard.Scope scope) {
        return scope == LoginGuard.Scope.ACCOUNT ? failureWindow : addressWindow;
    }

    public Duration lockout(LoginGuard.Scope scope) {
        return scope == LoginGuard.Scope.ACCOUNT ? lockout : addressLockout;
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    public int complaintsPerAddress() {
        return complaintsPerAddress;
    }

    public int complaintsPerSession() {
        return complaintsPerSession;
    }

    public Duration complaintWindow() {
        return complaintWindow;
    }
}

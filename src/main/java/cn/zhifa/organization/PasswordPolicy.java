package cn.zhifa.organization;

import cn.zhifa.shared.DomainException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rules for a new password (等保 level 3, 身份鉴别: 口令复杂度): at least {@code zhifa.accounts.password.min-length}
 * characters (default 8), at least {@code zhifa.accounts.password.min-classes} of the four classes lower-case,
 * upper-case, digit, other (default 2; 3 for the strict reading), at most 72 bytes (what BCrypt hashes), no control
 * characters, and not the user name (nor the user name reversed) in any case. Existing passwords are not re-checked.
 */
@Component
public class PasswordPolicy {

    /** BCrypt hashes only the first 72 bytes; longer passwords would silently be cut. */
    public static final int MAX_BYTES = 72;

    private final int minLength;
    private final int minClasses;

    public PasswordPolicy(@Value("${zhifa.accounts.password.min-length:8}") int minLength,
            @Value("${zhifa.accounts.password.min-classes:2}") int minClasses) {
        if (minLength < 6 || minLength > 64 || minClasses < 1 || minClasses > 4) {
            throw new IllegalArgumentException("zhifa.accounts.password.min-length must be 6–64 and min-classes 1–4");
        }
        this.minLength = minLength;
        this.minClasses = minClasses;
    }

    public int minLength() {
        return minLength;
    }

    public int minClasses() {
        return minClasses;
    }

    /** Refuses a password that breaks a rule ({@code password.*}, naming the rule). */
    public void check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < minLength) {
            throw DomainException.invalid("password.tooShort", minLength);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw DomainException.invalid("password.tooLong", MAX_BYTES);
        }
        if (password.codePoints().anyMatch(Character::isISOControl)) {
            throw DomainException.invalid("password.control");
        }
        if (classes(password) < minClasses) {
            throw DomainException.invalid("password.classes", minClasses);
        }
        if (username != null && !username.isBlank()) {
            String p = password.toLowerCase(Locale.ROOT);
            String u = username.strip().toLowerCase(Locale.ROOT);
            if (p.contains(u) || p.contains(new StringBuilder(u).reverse())) {
                throw DomainException.invalid("password.containsUsername");
            }
        }
    }

    static int classes(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int cp : password.codePoints().toArray()) {
            if (Character.isLowerCase(cp)) {
                lower = true;
            } else if (Character.isUpperCase(cp)) {
                upper = true;
            } else if (Character.isDigit(cp)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}

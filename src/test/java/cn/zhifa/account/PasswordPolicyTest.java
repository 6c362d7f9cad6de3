package cn.zhifa.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhifa.organization.PasswordPolicy;
import cn.zhifa.shared.DomainException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy defaults = new PasswordPolicy(8, 2);
    private final PasswordPolicy strict = new PasswordPolicy(10, 3);

    private static void refused(PasswordPolicy p, String user, String password, String code) {
        assertThatThrownBy(() -> p.check(user, password)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo(code);
    }

    @Test
    void lengthClassesAndTheUserName() {
        assertThatCode(() -> defaults.check("officer9", "zhifa2026")).doesNotThrowAnyException();
        refused(defaults, "u1", null, "password.tooShort");
        refused(defaults, "u1", "abc12", "password.tooShort");
        refused(defaults, "u1", "abcdefghij", "password.classes");
        refused(defaults, "u1", "12345678901", "password.classes");
        refused(defaults, "wangqiang", "Wangqiang2026", "password.containsUsername");
        refused(defaults, "wangqiang", "gnaiqgnaw-2026", "password.containsUsername");
        refused(defaults, "u1", "abc1234\u0000x", "password.control");
        refused(defaults, "u1", "密码".repeat(25) + "abc123456", "password.tooLong");
        refused(strict, "u1", "zhifa20261", "password.classes");
        assertThatCode(() -> strict.check("u1", "Zhifa-2026x")).doesNotThrowAnyException();
    }

    @Test
    void settingsOutOfRangeFailAtStart() {
        assertThatThrownBy(() -> new PasswordPolicy(4, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PasswordPolicy(8, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}

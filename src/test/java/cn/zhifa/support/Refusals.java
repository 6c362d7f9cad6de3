package cn.zhifa.support;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.function.ThrowingSupplier;

/** Assertions on refusals: the right code, a real message in zh-CN and English, and nothing changed. */
public final class Refusals {
    private Refusals() {
    }

    /**
     * Asserts the call is refused with {@code code} and that {@code snapshot} reads the same before and after;
     * returns the zh-CN message.
     */
    public static String refused(Messages messages, Supplier<?> snapshot, String code, ThrowingSupplier<?> call) {
        Object before = snapshot.get();
        DomainException e = catchDomain(call);
        assertThat(e.code()).isEqualTo(code);
        assertThat(snapshot.get()).isEqualTo(before);
        String zh = messages.of(e, Messages.ZH_CN);
        assertThat(zh).isNotBlank().isNotEqualTo(code);
        assertThat(messages.of(e, Locale.ENGLISH)).isNotBlank().isNotEqualTo(code).isNotEqualTo(zh);
        return zh;
    }

    /** The refusal the call throws; fails when it does not refuse. */
    public static DomainException catchDomain(ThrowingSupplier<?> call) {
        try {
            call.get();
        } catch (DomainException e) {
            return e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
        throw new AssertionError("not refused");
    }
}

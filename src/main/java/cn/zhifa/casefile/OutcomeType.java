package cn.zhifa.casefile;

import cn.zhifa.shared.DomainException;
import java.math.BigDecimal;

/** Proposed or decided outcome (处理结果). */
public enum OutcomeType {
    /** 警告. */
    WARNING,
    /** 罚款 (possibly with confiscation). */
    FINE,
    /** 没收违法所得/非法财物. */
    CONFISCATION,
    /** 不予行政处罚. */
    NO_PENALTY,
    /** 违法事实不成立. */
    NOT_ESTABLISHED,
    /** 移送 (司法机关/其他机关). */
    TRANSFER,
    /** 责令停产停业、责令关闭 (ordinary procedure only; hearing-eligible). */
    SUSPENSION,
    /** 吊销许可证件 (ordinary procedure only; hearing-eligible). */
    REVOCATION;

    public boolean isPenalty() {
        return this == WARNING || this == FINE || this == CONFISCATION || this == SUSPENSION || this == REVOCATION;
    }

    /**
     * How heavy the kind of penalty is, for "never heavier than notified" (行政处罚法 Art. 45): no penalty &lt;
     * warning &lt; fine or confiscation (then compared by amount) &lt; suspension &lt; revocation.
     */
    public int severity() {
        return switch (this) {
            case NO_PENALTY, NOT_ESTABLISHED, TRANSFER -> 0;
            case WARNING -> 1;
            case FINE, CONFISCATION -> 2;
            case SUSPENSION -> 3;
            case REVOCATION -> 4;
        };
    }

    /**
     * The amounts fit this outcome: none negative, fines in fen at most; a fine needs a fine, a confiscation a
     * confiscation and no fine, every other outcome no amount. Refuses with a {@link DomainException}.
     */
    public void checkAmounts(BigDecimal fine, BigDecimal confiscation) {
        boolean hasFine = fine != null && fine.signum() != 0;
        boolean hasConfiscation = confiscation != null && confiscation.signum() != 0;
        if ((fine != null && fine.signum() < 0) || (confiscation != null && confiscation.signum() < 0)) {
            throw DomainException.invalid("outcome.negativeAmount");
        }
        if (fine != null && fine.scale() > 2) {
            throw DomainException.invalid("outcome.amountScale");
        }
        switch (this) {
            case FINE -> {
                if (!hasFine) {
                    throw DomainException.invalid("outcome.fineRequired");
                }
            }
            case CONFISCATION -> {
                if (!hasConfiscation || hasFine) {
                    throw DomainException.invalid("outcome.confiscationRequired");
                }
            }
            default -> {
                if (hasFine || hasConfiscation) {
                    throw DomainException.invalid("outcome.noAmountAllowed", this);
                }
            }
        }
    }

    /** Two amounts are the same when equal in value; none and zero are the same. */
    public static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return (a == null ? BigDecimal.ZERO : a).compareTo(b == null ? BigDecimal.ZERO : b) == 0;
    }

    /** The outcome as the record states it, "罚款 500.00 元", as a text of the bundles (decision 0033). */
    public cn.zhifa.shared.StoredText text(BigDecimal fine) {
        cn.zhifa.shared.StoredText label = cn.zhifa.shared.StoredText.label("ui.outcome." + name());
        return fine == null ? cn.zhifa.shared.StoredText.of("text.outcome", label)
                : cn.zhifa.shared.StoredText.of("text.outcome.fine", label,
                        fine.setScale(2, java.math.RoundingMode.HALF_UP));
    }
}

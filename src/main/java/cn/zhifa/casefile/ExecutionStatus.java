package cn.zhifa.casefile;

import cn.zhifa.calendar.Surcharge;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Where the execution of a fine decision stands as of today (decision record 0021): what is paid and outstanding of
 * the fine and of the late-payment surcharge (加处罚款), the payment deadline (moved by an approved deferral or
 * instalment plan), the remedy windows and the day the decision became final (null while it is not), the 催告 and its
 * 10-working-day period, the window for the application to the people's court, and how (if at all) execution ended.
 *
 * @param paymentDue            the last day to pay the fine (after deferral: the end of the deferral or of the last
 *                              instalment)
 * @param schedule              the approved instalments (empty unless instalments were approved)
 * @param surcharge             the surcharge accrued up to the day the fine was fully paid (or today)
 * @param remedyWindowsEnd      the last day of the remedy windows (复议 60 days / 诉讼 6 months from service), or of
 *                              a later suit window after a reconsideration that upheld the decision
 * @param finalOn               the first day the decision is final (确定), null while a remedy is open, has changed
 *                              the decision, or the windows have not lapsed
 * @param demandPeriodEnd       the 10th working day after the 催告书 was served (null: no 催告 served)
 * @param courtFrom             the first day an application to the court is allowed (null: not yet determinable)
 * @param courtBy               the last day of the 3-month application window (null: not final)
 * @param settled               paid in full, lawfully terminated, concluded through the court, or the decision
 *                              revoked / void / confirmed illegal: the case may close
 * @param annulledBy            the remedy whose outcome ended the obligation (null: none): nothing is owed, no
 *                              surcharge, what was paid is to be refunded (decision 0027)
 * @param changedBy             the remedy whose changed decision set the fine ({@code fine}) and the payment
 *                              deadline anew (null: none)
 * @param refundDue             what the party paid beyond what is owed (everything after revocation; the excess
 *                              over a lower changed fine or surcharge)
 */
public record ExecutionStatus(BigDecimal fine, BigDecimal finePaid, BigDecimal fineOutstanding, LocalDate paymentDue,
        boolean deferred, List<Instalment> schedule, Surcharge.Result surcharge, BigDecimal surchargePaid,
        BigDecimal surchargeOutstanding, BigDecimal outstanding, boolean fullyPaid, LocalDate remedyWindowsEnd,
        LocalDate finalOn, ExecutionAct demand, LocalDate demandPeriodEnd, LocalDate courtFrom, LocalDate courtBy,
        ExecutionAct court, ExecutionAct termination, boolean settled, List<Payment> payments,
        List<ExecutionAct> acts, Remedy annulledBy, Remedy changedBy, BigDecimal refundDue) {

    /** One instalment of an approved plan. */
    public record Instalment(int number, LocalDate due, BigDecimal amount) {
    }

    /** The first deferral or instalment application still waiting for the head's decision. */
    public ExecutionAct pendingApplication() {
        return acts.stream().filter(ExecutionAct::pending).findFirst().orElse(null);
    }

    /** Concluded through the people's court: the court has ruled on the application. */
    public boolean concludedByCourt() {
        return court != null && court.ruledDate() != null;
    }
}

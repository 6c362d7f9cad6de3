package cn.zhifa.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One payment of a fine case with its receipt (缴款凭证): the part paid on the fine and on the surcharge. */
public record Payment(long id, long caseId, String receiptNo, BigDecimal finePart, BigDecimal surchargePart,
        LocalDate paidOn, long recordedBy, LocalDateTime recordedAt) {

    public BigDecimal total() {
        return finePart.add(surchargePart);
    }
}

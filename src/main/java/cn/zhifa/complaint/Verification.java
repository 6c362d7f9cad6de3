package cn.zhifa.complaint;

import cn.zhifa.casefile.Party;
import cn.zhifa.shared.Limits;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * 核查结果. SUMMARY names the summary case that settled it ({@code summaryCaseId}); CASE converts the complaint into an
 * ordinary case (诉转案) with the given parties (may be empty).
 */
public record Verification(ComplaintOutcome outcome, @Size(max = Limits.TEXT) String note, Long summaryCaseId,
        @Size(max = Limits.LIST) List<@NotNull @Valid Party> parties) {
}

package cn.zhifa.complaint;

import cn.zhifa.casefile.Party;
import java.util.List;

/**
 * 核查结果. SUMMARY names the summary case that settled it ({@code summaryCaseId}); CASE converts the complaint into an
 * ordinary case (诉转案) with the given parties (may be empty).
 */
public record Verification(ComplaintOutcome outcome, String note, Long summaryCaseId, List<Party> parties) {
}

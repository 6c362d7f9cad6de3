package cn.zhifa.deliberation;

import cn.zhifa.shared.Limits;
import jakarta.validation.constraints.Size;

/** A case put on a meeting's agenda for the extension question: the days asked for and why (延长办案期限). */
public record ExtensionRequest(Long caseId, Integer days, @Size(max = Limits.TEXT) String reason) {
}

package cn.zhifa.casefile;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One row of a case search; {@code procedureType} ORDINARY or SUMMARY. */
public record CaseSummary(long id, String caseNo, long unitId, CaseStage stage, LeadSource leadSource,
        String partyName, String itemName, LocalDate discoveredDate, LocalDate filedDate, LocalDateTime registeredAt,
        String procedureType) {
}

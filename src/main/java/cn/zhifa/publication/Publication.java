package cn.zhifa.publication;

import cn.zhifa.calendar.DeadlineLight;
import cn.zhifa.casefile.OutcomeType;
import java.time.LocalDate;

/** A decision publication as officers see it (with its deadline light); never shown to the public as such. */
public record Publication(long id, String publicId, long caseId, String caseNo, PublicationStatus status,
        OutcomeType outcome, boolean penalty, LocalDate decidedDate, LocalDate dueDate, boolean dueConfirmed,
        DeadlineLight light, long workingDaysLeft, String docNo, String bodyName, String itemName, String partyText,
        String factsText, String basisText, String conclusionText, String redactionSummary, Long reviewedBy,
        Exclusion exclusion, String exclusionNote, LocalDate publishedDate, boolean publishedLate,
        LocalDate displayUntil, WithdrawalReason withdrawalReason, String withdrawalNote, LocalDate withdrawalDueDate,
        boolean withdrawnLate) {
}

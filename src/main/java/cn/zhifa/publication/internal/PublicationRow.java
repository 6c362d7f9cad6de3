package cn.zhifa.publication.internal;

import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.publication.Exclusion;
import cn.zhifa.publication.PublicationStatus;
import cn.zhifa.publication.WithdrawalReason;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One row of {@code publication}. */
public class PublicationRow {
    public long id;
    public String publicId;
    public long caseId;
    public long unitId;
    public PublicationStatus status;
    public OutcomeType outcome;
    public boolean penalty;
    public boolean naturalPerson;
    public LocalDate decidedDate;
    public LocalDate dueDate;
    public boolean dueConfirmed;
    public String docNo;
    public String bodyName;
    public Long itemId;
    public String itemName;
    public String partyText;
    public String factsText;
    public String basisText;
    public String conclusionText;
    public String redactionSummary;
    /** JSON array of texts marked as false positives of the redaction re-scan. */
    public String redactionAllowed;
    public Long reviewedBy;
    public LocalDateTime reviewedAt;
    public Exclusion exclusion;
    public String exclusionNote;
    public LocalDateTime publishedAt;
    public LocalDate publishedDate;
    public Long publishedBy;
    public boolean publishedLate;
    public LocalDate displayUntil;
    public WithdrawalReason withdrawalReason;
    public String withdrawalNote;
    public LocalDate decisionChangedOn;
    public LocalDate withdrawalDueDate;
    public LocalDateTime withdrawnAt;
    public Long withdrawnBy;
    public boolean withdrawnLate;
    public LocalDateTime takenDownAt;
    public String processInstanceId;
    public int version;
    /** Joined: the case number (officers' side only). */
    public String caseNo;
}

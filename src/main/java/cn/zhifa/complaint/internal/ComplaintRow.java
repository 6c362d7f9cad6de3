package cn.zhifa.complaint.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** complaint row, joined with item, verifier and linked case for reads. */
public class ComplaintRow {
    public Long id;
    public String complaintNo;
    public Long unitId;
    public String channel;
    public String externalRef;
    public String complainantName;
    public String complainantPhone;
    public boolean replyRequired;
    public String place;
    public String placeKey;
    public String partyName;
    public Long itemId;
    public String itemName;
    public String content;
    public LocalDateTime receivedAt;
    public Long registeredBy;
    public Long matterId;
    public String status;
    public Long verifierId;
    public String verifierName;
    public LocalDate verifyDue;
    public LocalDateTime verifiedAt;
    public String outcome;
    public String outcomeNote;
    public Long caseId;
    public String caseNo;
    public String caseProcedure;
    public LocalDate replyDue;
    public String reply;
    public String replyMethod;
    public LocalDateTime repliedAt;
    public Long repliedBy;
    public String lateWarned;
    public String processInstanceId;
    public int version;
}

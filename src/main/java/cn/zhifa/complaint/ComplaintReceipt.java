package cn.zhifa.complaint;

import java.util.List;

/** The stored complaint and the earlier complaints that may be about the same matter (de-duplication hints). */
public record ComplaintReceipt(Complaint complaint, List<Complaint> possibleDuplicates) {
}

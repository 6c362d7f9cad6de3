package cn.zhifa.complaint;

import cn.zhifa.complaint.internal.ComplaintMapper;
import cn.zhifa.complaint.internal.ComplaintRow;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public status lookup of a complaint (投诉举报办理情况查询): by its number and the phone given with it. Both must
 * match, and a miss says nothing about whether the number exists. It shows dates and the stage only — no names, no
 * content, no reply text (the reply goes to the complainant by the method he chose).
 */
@Service
public class ComplaintLookup {

    private final ComplaintMapper mapper;

    ComplaintLookup(ComplaintMapper mapper) {
        this.mapper = mapper;
    }

    /** What the lookup shows. */
    public record PublicStatus(String complaintNo, String status, LocalDate receivedOn, LocalDate replyDue,
            LocalDate repliedOn) {
    }

    @Transactional(readOnly = true)
    public Optional<PublicStatus> find(String complaintNo, String phone) {
        if (complaintNo == null || phone == null || complaintNo.isBlank() || phone.isBlank()
                || complaintNo.length() > 40 || phone.length() > 30) {
            return Optional.empty();
        }
        ComplaintRow r = mapper.findByNumberAndPhone(complaintNo.trim(), phone.trim());
        if (r == null) {
            return Optional.empty();
        }
        return Optional.of(new PublicStatus(r.complaintNo, r.status, r.receivedAt.toLocalDate(), r.replyDue,
                r.repliedAt == null ? null : r.repliedAt.toLocalDate()));
    }
}

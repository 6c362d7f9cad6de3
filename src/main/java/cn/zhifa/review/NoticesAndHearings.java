package cn.zhifa.review;

import cn.zhifa.calendar.StatutoryPeriod;
import cn.zhifa.calendar.StatutoryPeriods;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.review.ReviewViews.Hearing;
import cn.zhifa.review.ReviewViews.Notice;
import cn.zhifa.review.internal.HearingRow;
import cn.zhifa.review.internal.NoticeRow;
import cn.zhifa.review.internal.ReviewMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The advance notice as served (行政处罚事先告知, 行政处罚法 Art. 44–45) and the hearing record (听证, Art. 63–65):
 * written by the procedure's steps inside their transaction, read by the screens, the documents and the gates.
 */
@Service
public class NoticesAndHearings implements cn.zhifa.casefile.HearingPresider {

    private final ReviewMapper mapper;
    private final StatutoryPeriods periods;
    private final Clock clock;

    public NoticesAndHearings(ReviewMapper mapper, StatutoryPeriods periods, Clock clock) {
        this.mapper = mapper;
        this.periods = periods;
        this.clock = clock;
    }

    @Transactional
    public Notice recordNotice(long caseId, long actorId, Notice n) {
        NoticeRow row = new NoticeRow();
        row.caseId = caseId;
        row.servedDate = n.servedDate();
        row.proposedOutcome = n.proposedOutcome().name();
        row.fine = n.fine();
        row.confiscation = n.confiscation();
        row.facts = n.facts();
        row.reasons = n.reasons();
        row.basis = n.basis();
        row.hearingEligible = n.hearingEligible();
        row.hearingReason = n.hearingReason();
        row.createdBy = actorId;
        row.createdAt = LocalDateTime.now(clock);
        mapper.insertNotice(row);
        return latestNotice(caseId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<Notice> latestNotice(long caseId) {
        NoticeRow r = mapper.latestNotice(caseId);
        return r == null ? Optional.empty() : Optional.of(new Notice(r.servedDate,
                OutcomeType.valueOf(r.proposedOutcome), r.fine, r.confiscation, r.facts, r.reasons, r.basis,
                r.hearingEligible, r.hearingReason));
    }

    /**
     * Whether a decision or proposal is heavier than what the party was notified of (行政处罚法 Art. 45): a heavier
     * kind of penalty, a higher fine or a higher confiscation. A transfer is never heavier.
     */
    public static boolean heavierThan(OutcomeType outcome, BigDecimal fine, BigDecimal confiscation, Notice n) {
        if (outcome == null || outcome == OutcomeType.TRANSFER) {
            return false;
        }
        return outcome.severity() > n.proposedOutcome().severity()
                || amount(fine).compareTo(amount(n.fine())) > 0
                || amount(confiscation).compareTo(amount(n.confiscation())) > 0;
    }

    private static BigDecimal amount(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }

    @Transactional
    public Hearing requestHearing(long caseId, LocalDate requestedOn) {
        HearingRow row = new HearingRow();
        row.caseId = caseId;
        row.requestedOn = requestedOn;
        row.status = "REQUESTED";
        mapper.insertHearing(row);
        return latestHearing(caseId).orElseThrow();
    }

    @Transactional
    public Hearing scheduleHearing(long caseId, long presidingId, LocalDate hearingDate, String place,
            LocalDate noticeServedOn, List<String> agents) {
        HearingRow row = mapper.latestHearing(caseId);
        row.presidingId = presidingId;
        row.hearingDate = hearingDate;
        row.place = place;
        row.noticeServedOn = noticeServedOn;
        row.agents = agents.isEmpty() ? null : String.join("\n", agents);
        row.status = "SCHEDULED";
        mapper.updateHearing(row);
        return latestHearing(caseId).orElseThrow();
    }

    /** Records the hearing held (with the presiding officer's {@code report}) or terminated by absence (no report). */
    @Transactional
    public Hearing holdHearing(long caseId, boolean appeared, String transcript, String attendance,
            ReviewViews.HearingReport report) {
        HearingRow row = mapper.latestHearing(caseId);
        row.status = appeared ? "HELD" : "ABSENT";
        row.transcript = transcript;
        row.attendance = attendance;
        row.disputedPoints = report == null ? null : report.disputedPoints();
        row.presiderOpinion = report == null ? null : report.presiderOpinion();
        row.dissent = report == null ? null : report.dissent();
        mapper.updateHearing(row);
        return latestHearing(caseId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<Hearing> latestHearing(long caseId) {
        HearingRow r = mapper.latestHearing(caseId);
        return r == null ? Optional.empty() : Optional.of(new Hearing(r.requestedOn, r.presidingId, r.presidingName,
                r.hearingDate, r.place, r.noticeServedOn,
                r.agents == null ? List.of() : List.of(r.agents.split("\n")), r.status, r.transcript,
                r.attendance, r.presiderOpinion == null ? null
                        : new ReviewViews.HearingReport(r.disputedPoints, r.presiderOpinion, r.dissent)));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> scheduledPresider(long caseId) {
        HearingRow r = mapper.latestHearing(caseId);
        return r != null && "SCHEDULED".equals(r.status) ? Optional.ofNullable(r.presidingId) : Optional.empty();
    }

    @Override
    @Transactional
    public void replacePresider(long caseId, long successorId) {
        HearingRow row = mapper.latestHearing(caseId);
        row.presidingId = successorId;
        mapper.updateHearing(row);
    }

    /** Whether the case went through a hearing procedure (held, or terminated by the party's absence). */
    @Transactional(readOnly = true)
    public boolean hearingHeld(long caseId) {
        HearingRow r = mapper.latestHearing(caseId);
        return r != null && ("HELD".equals(r.status) || "ABSENT".equals(r.status));
    }

    /** Hearing date must leave the notice lead (HEARING_NOTICE_LEAD working days) after the hearing notice. */
    public LocalDate earliestHearingDate(LocalDate noticeServedOn) {
        return periods.dueFrom(noticeServedOn, StatutoryPeriod.HEARING_NOTICE_LEAD).date();
    }

    /** Last day the party may request a hearing: HEARING_REQUEST working days from the notice's service. */
    public LocalDate hearingRequestDeadline(LocalDate noticeServed) {
        return periods.dueFrom(noticeServed, StatutoryPeriod.HEARING_REQUEST).date();
    }
}

package cn.zhifa.complaint;

import cn.zhifa.complaint.internal.ComplaintMapper;
import cn.zhifa.complaint.internal.ComplaintRow;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.DomainException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Complaint rows to values and the input checks and counts of {@link ComplaintService} (no state, no transaction). */
final class ComplaintRows {

    private ComplaintRows() {
    }

    /** Counts by channel, outcome and status, and how many complaints became cases (诉转案), in the actor's scope. */
    static Map<String, Object> statistics(ComplaintMapper mapper, Actor actor, LocalDate from, LocalDate to) {
        Long unit = actor.seesAllUnits() ? null : actor.unitId();
        Map<String, Long> byChannel = new LinkedHashMap<>();
        Map<String, Long> byOutcome = new LinkedHashMap<>();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        long total = 0;
        for (Map<String, Object> raw : mapper.counts(unit, from == null ? null : from.atStartOfDay(),
                to == null ? null : to.plusDays(1).atStartOfDay())) {
            Map<String, Object> m = new LinkedHashMap<>();
            raw.forEach((k, val) -> m.put(k.toLowerCase(Locale.ROOT), val));
            long n = ((Number) m.get("n")).longValue();
            total += n;
            byChannel.merge((String) m.get("channel"), n, Long::sum);
            byOutcome.merge(m.get("outcome") == null ? "PENDING" : (String) m.get("outcome"), n, Long::sum);
            byStatus.merge((String) m.get("status"), n, Long::sum);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", total);
        out.put("byChannel", byChannel);
        out.put("byOutcome", byOutcome);
        out.put("byStatus", byStatus);
        out.put("becameCases", byOutcome.getOrDefault(ComplaintOutcome.CASE.name(), 0L));
        out.put("settledBySummaryProcedure", byOutcome.getOrDefault(ComplaintOutcome.SUMMARY.name(), 0L));
        return out;
    }

    /** Place for matching: without blanks and punctuation, lower case (a hint, not an identity). */
    static String placeKey(String place) {
        String k = place.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}，。、；：（）【】《》“”‘’！？-]", "");
        return k.length() > 200 ? k.substring(0, 200) : k;
    }

    static void require(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("field.required", field);
        }
        optional(value, field, max);
    }

    static void optional(String value, String field, int max) {
        if (value != null && value.length() > max) {
            throw DomainException.invalid("field.tooLong", field, max);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static Complaint toComplaint(ComplaintRow r) {
        return new Complaint(r.id, r.complaintNo, r.unitId, ComplaintChannel.valueOf(r.channel), r.externalRef,
                r.complainantName, r.complainantPhone, r.replyRequired, r.place, r.partyName, r.itemId, r.itemName,
                r.content, r.receivedAt, r.matterId, r.status, r.verifierId, r.verifierName, r.verifyDue, r.verifiedAt,
                r.outcome == null ? null : ComplaintOutcome.valueOf(r.outcome), r.outcomeNote, r.caseId, r.caseNo,
                r.caseProcedure, r.replyDue, r.reply, r.replyMethod, r.repliedAt, r.lateWarned);
    }
}

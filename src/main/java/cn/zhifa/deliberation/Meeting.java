package cn.zhifa.deliberation;

import cn.zhifa.casefile.OutcomeType;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** A heads' meeting (负责人集体讨论会议) with its attendance, agenda, votes and minutes. */
public record Meeting(long id, long unitId, LocalDateTime scheduledAt, String place, long convenedBy,
        long presidingId, Long deputyId, String deputyNote, MeetingStatus status, LocalDateTime votingOpenedAt,
        String minutes, LocalDateTime minutesAt, LocalDateTime confirmedAt, List<Attendee> attendees,
        List<Item> items, List<Vote> votes) {

    public Meeting {
        attendees = List.copyOf(attendees);
        items = List.copyOf(items);
        votes = List.copyOf(votes);
    }

    /** A person at the meeting; {@code present} null until attendance is taken. */
    public record Attendee(long userId, String name, AttendeeRole role, Boolean present, String absenceReason,
            LocalDateTime confirmedAt) {

        public boolean voting() {
            return role.votes();
        }

        public boolean attended() {
            return Boolean.TRUE.equals(present);
        }
    }

    /**
     * One case on the agenda and, once settled, its resolution (决议): for a decision item the outcome and amounts; for
     * an extension item (延长办案期限) the days asked for, why, and the days granted (0: not extended).
     */
    public record Item(long id, long caseId, String caseNo, String partyName, int seq, ItemStatus status,
            OutcomeType outcome, BigDecimal fine, BigDecimal confiscation, String resolutionText,
            Integer supportCount, LocalDateTime settledAt, ItemKind kind, Integer requestedDays, String requestReason,
            Integer extensionDays) {

        public boolean isExtension() {
            return kind == ItemKind.EXTENSION;
        }
    }

    /** One head's vote on one item, with the opinion verbatim. */
    public record Vote(long id, long itemId, long voterId, String voterName, VoteChoice choice, OutcomeType outcome,
            BigDecimal fine, BigDecimal confiscation, String opinion, LocalDateTime castAt, Integer days) {
    }

    public Optional<Attendee> attendee(long userId) {
        return attendees.stream().filter(a -> a.userId() == userId).findFirst();
    }

    public List<Attendee> votingHeads() {
        return attendees.stream().filter(Attendee::voting).toList();
    }

    public List<Attendee> presentHeads() {
        return attendees.stream().filter(a -> a.voting() && a.attended()).toList();
    }

    public List<Vote> votesOf(long itemId) {
        return votes.stream().filter(v -> v.itemId() == itemId).toList();
    }

    public Optional<Item> itemOfCase(long caseId) {
        return items.stream().filter(i -> i.caseId() == caseId).findFirst();
    }
}

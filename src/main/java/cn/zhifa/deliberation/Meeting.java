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

    /** One case on the agenda and, once settled, its resolution (决议). */
    public record Item(long id, long caseId, String caseNo, String partyName, int seq, ItemStatus status,
            OutcomeType outcome, BigDecimal fine, BigDecimal confiscation, String resolutionText,
            Integer supportCount, LocalDateTime settledAt) {
    }

    /** One head's vote on one item, with the opinion verbatim. */
    public record Vote(long id, long itemId, long voterId, String voterName, VoteChoice choice, OutcomeType outcome,
            BigDecimal fine, BigDecimal confiscation, String opinion, LocalDateTime castAt) {
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

package cn.zhifa.deliberation;

import cn.zhifa.casefile.CaseRecord;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.deliberation.internal.AttendeeRow;
import cn.zhifa.deliberation.internal.DeliberationMapper;
import cn.zhifa.deliberation.internal.ItemRow;
import cn.zhifa.deliberation.internal.MeetingRow;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reading and locking meetings for the deliberation services: a meeting with its attendees, agenda and votes, the
 * workable (locked, own unit) meeting row, the record entries on every agenda case, names and the clock.
 */
@Component
class MeetingStore {

    final DeliberationMapper mapper;
    private final CaseRecord record;
    private final OrganizationService organization;
    private final Messages messages;
    private final Clock clock;

    MeetingStore(DeliberationMapper mapper, CaseRecord record, OrganizationService organization, Messages messages,
            Clock clock) {
        this.mapper = mapper;
        this.record = record;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    String unitName(long unitId) {
        return organization.unit(unitId).name();
    }

    void appendToAgenda(long meetingId, String action, Actor actor, String summary, Map<String, ?> details) {
        for (ItemRow i : mapper.items(meetingId)) {
            record.append(i.caseId, action, actor.userId(), summary, details);
        }
    }

    void appendToCase(long caseId, String action, Actor actor, String summary, Map<String, ?> details) {
        record.append(caseId, action, actor.userId(), summary, details);
    }

    ItemRow item(Actor actor, long itemId) {
        ItemRow item = mapper.findItem(itemId);
        if (item == null) {
            throw DomainException.notFound("deliberation.itemNotFound", itemId);
        }
        lockWorkable(actor, item.meetingId); // scope check before anything else
        return mapper.findItem(itemId);
    }

    static MeetingRow readable(Actor actor, MeetingRow m, long meetingId) {
        if (m == null || !(actor.seesAllUnits() || m.unitId == actor.unitId())) {
            throw DomainException.notFound("deliberation.notFound", meetingId);
        }
        return m;
    }

    MeetingRow lockWorkable(Actor actor, long meetingId) {
        MeetingRow m = mapper.findMeetingForUpdate(meetingId);
        if (m == null || m.unitId != actor.unitId()) {
            throw DomainException.notFound("deliberation.notFound", meetingId);
        }
        return m;
    }

    String describe(OutcomeType type, BigDecimal fine) {
        String label = messages.get("ui.outcome." + type.name(), Messages.ZH_CN);
        return fine == null ? label : label + " " + fine.setScale(2, RoundingMode.HALF_UP).toPlainString() + " 元";
    }

    String name(long userId) {
        return organization.user(userId).displayName();
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    Meeting toMeeting(long meetingId) {
        return toMeeting(mapper.findMeeting(meetingId));
    }

    Meeting toMeeting(MeetingRow m) {
        List<Meeting.Attendee> attendees = new ArrayList<>();
        for (AttendeeRow a : mapper.attendees(m.id)) {
            attendees.add(new Meeting.Attendee(a.userId, a.displayName, AttendeeRole.valueOf(a.attendeeRole),
                    a.present, a.absenceReason, a.confirmedAt));
        }
        List<Meeting.Item> items = mapper.items(m.id).stream().map(i -> new Meeting.Item(i.id, i.caseId, i.caseNo,
                i.partyName, i.seq, ItemStatus.valueOf(i.status), i.outcome == null ? null
                        : OutcomeType.valueOf(i.outcome), i.fine, i.confiscation, i.resolutionText, i.supportCount,
                i.settledAt, ItemKind.valueOf(i.kind), i.requestedDays, i.requestReason, i.extensionDays)).toList();
        List<Meeting.Vote> votes = mapper.votes(m.id).stream().map(v -> new Meeting.Vote(v.id, v.itemId, v.voterId,
                v.voterName, VoteChoice.valueOf(v.choice), v.outcome == null ? null : OutcomeType.valueOf(v.outcome),
                v.fine, v.confiscation, v.opinion, v.castAt, v.days)).toList();
        return new Meeting(m.id, m.unitId, m.scheduledAt, m.place, m.convenedBy, m.presidingId, m.deputyId,
                m.deputyNote, MeetingStatus.valueOf(m.status), m.votingOpenedAt, m.minutes, m.minutesAt,
                m.confirmedAt, attendees, items, votes);
    }
}

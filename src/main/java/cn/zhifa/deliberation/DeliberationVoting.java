package cn.zhifa.deliberation;

import cn.zhifa.shared.StoredText;
import static cn.zhifa.deliberation.MeetingRules.checkOutcome;
import static cn.zhifa.deliberation.MeetingRules.checkQuorum;
import static cn.zhifa.deliberation.MeetingRules.requireChair;
import static cn.zhifa.deliberation.MeetingRules.requireOpen;
import static cn.zhifa.deliberation.MeetingRules.requireStatus;
import static cn.zhifa.shared.Limits.requiredText;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseRecord;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.deliberation.internal.AttendeeRow;
import cn.zhifa.deliberation.internal.DeliberationMapper;
import cn.zhifa.deliberation.internal.ItemRow;
import cn.zhifa.deliberation.internal.MeetingRow;
import cn.zhifa.deliberation.internal.VoteRow;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Voting and resolutions of a meeting (表决, 决议): each present head's own vote, the chair's resolution when the
 * configured majority supports exactly it, or closing an item without one; the last settled item generates the
 * minutes. Called through {@link DeliberationService}.
 */
@Service
class DeliberationVoting {

    private final DeliberationMapper mapper;
    private final MeetingStore store;
    private final CaseFileService cases;
    private final CaseRecord record;
    private final DeliberationSettings settings;
    private final Messages messages;

    DeliberationVoting(DeliberationMapper mapper, MeetingStore store, CaseFileService cases, CaseRecord record,
            DeliberationSettings settings, Messages messages) {
        this.mapper = mapper;
        this.store = store;
        this.cases = cases;
        this.record = record;
        this.settings = settings;
        this.messages = messages;
    }

    /** A present head's own vote on one agenda item; one vote per head and item, immutable once cast. */
    @Transactional
    Meeting vote(Actor actor, long itemId, VoteInput input) {
        ItemRow item = store.item(actor, itemId);
        MeetingRow m = store.lockWorkable(actor, item.meetingId);
        requireStatus(m, MeetingStatus.VOTING, "deliberation.votingNotOpen");
        if (!actor.isHead()) {
            throw DomainException.forbidden("deliberation.headsOnly");
        }
        AttendeeRow me = mapper.attendees(m.id).stream().filter(a -> a.userId == actor.userId() && a.voting)
                .findFirst().orElseThrow(() -> DomainException.forbidden("deliberation.notParticipant"));
        if (!Boolean.TRUE.equals(me.present)) {
            throw DomainException.forbidden("deliberation.notPresent");
        }
        if (!ItemStatus.OPEN.name().equals(item.status)) {
            throw DomainException.conflict("deliberation.itemSettled", item.caseNo);
        }
        if (mapper.votes(m.id).stream().anyMatch(v -> v.itemId == itemId && v.voterId == actor.userId())) {
            throw DomainException.conflict("deliberation.alreadyVoted", item.caseNo);
        }
        if (input == null || input.choice() == null) {
            throw DomainException.invalid("field.required", "choice");
        }
        VoteRow v = new VoteRow();
        v.itemId = itemId;
        v.voterId = actor.userId();
        v.choice = input.choice().name();
        v.opinion = requiredText(input.opinion(), "opinion", 4000);
        if (ItemKind.EXTENSION.name().equals(item.kind)) {
            v.days = extensionVote(item, input);
        } else switch (input.choice()) {
            case AGREE -> {
                CaseFile c = cases.get(actor, item.caseId);
                if (input.outcome() == null) {
                    if (c.proposedOutcome() == null) {
                        throw DomainException.invalid("field.required", "outcome");
                    }
                    v.outcome = c.proposedOutcome().name();
                    v.fine = c.proposedFine();
                    v.confiscation = c.proposedConfiscation();
                } else {
                    setSupported(v, input);
                }
            }
            case DISAGREE -> {
                if (input.outcome() != null) {
                    setSupported(v, input);
                }
            }
            case ABSTAIN -> {
                if (input.outcome() != null || input.fine() != null || input.confiscation() != null) {
                    throw DomainException.invalid("deliberation.abstainWithOutcome");
                }
            }
        }
        v.castAt = store.now();
        try {
            mapper.insertVote(v);
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("deliberation.alreadyVoted", item.caseNo);
        }
        StoredText line = StoredText.of("text.deliberation.vote", me.displayName,
                StoredText.label("deliberation.choice." + v.choice));
        if (v.outcome != null) {
            line = StoredText.of("text.bracketed", line, OutcomeType.valueOf(v.outcome).text(v.fine));
        }
        if (v.days != null) {
            line = StoredText.of("text.deliberation.voteDays", line, v.days);
        }
        line = line.noted(v.opinion);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("meetingId", m.id);
        details.put("itemId", itemId);
        details.put("voterId", actor.userId());
        details.put("choice", v.choice);
        details.put("outcome", v.outcome == null ? "" : v.outcome);
        details.put("fine", v.fine == null ? "" : v.fine.toPlainString());
        details.put("opinion", v.opinion);
        details.put("days", v.days == null ? "" : v.days);
        record.append(item.caseId, "DELIBERATION_VOTE", actor.userId(), line, details);
        return store.toMeeting(m.id);
    }

    /**
     * A vote on the extension question: no outcome; AGREE supports extending by the days named (or the days asked for,
     * at most those), DISAGREE supports not extending, ABSTAIN names nothing. Returns the days supported, or null.
     */
    private static Integer extensionVote(ItemRow item, VoteInput input) {
        if (input.outcome() != null || input.fine() != null || input.confiscation() != null) {
            throw DomainException.invalid("deliberation.extensionNoOutcome");
        }
        if (input.choice() != VoteChoice.AGREE) {
            if (input.days() != null) {
                throw DomainException.invalid("deliberation.extensionDaysOnlyAgree");
            }
            return null;
        }
        int days = input.days() == null ? item.requestedDays : input.days();
        if (days < 1 || days > item.requestedDays) {
            throw DomainException.invalid("deliberation.extensionBadDays", item.requestedDays);
        }
        return days;
    }

    private static void setSupported(VoteRow v, VoteInput input) {
        checkOutcome(input.outcome(), input.fine(), input.confiscation());
        v.outcome = input.outcome().name();
        v.fine = input.fine();
        v.confiscation = input.confiscation();
    }

    /**
     * The presiding head (or the designated deputy) puts a resolution: every present head has voted, the quorum is
     * still present, and the heads supporting exactly this outcome and amounts reach the configured majority.
     * Adopted once (one winner); the last settled item generates the minutes.
     */
    @Transactional
    Meeting adopt(Actor actor, long itemId, ResolutionInput r) {
        ItemRow item = store.item(actor, itemId);
        MeetingRow m = store.lockWorkable(actor, item.meetingId);
        Meeting meeting = store.toMeeting(m);
        requireChair(actor, meeting);
        requireOpen(item);
        requireStatus(m, MeetingStatus.VOTING, "deliberation.votingNotOpen");
        if (ItemKind.EXTENSION.name().equals(item.kind)) {
            return adoptExtension(actor, m, meeting, item, r);
        }
        if (r == null || r.outcome() == null) {
            throw DomainException.invalid("field.required", "outcome");
        }
        checkOutcome(r.outcome(), r.fine(), r.confiscation());
        String text = requiredText(r.text(), "resolutionText", 4000);
        int present = meeting.presentHeads().size();
        int support = support(meeting, itemId, v -> v.outcome() == r.outcome()
                && OutcomeType.sameAmount(v.fine(), r.fine())
                && OutcomeType.sameAmount(v.confiscation(), r.confiscation()));
        settle(actor, m, item, ItemStatus.ADOPTED, r.outcome(), r.fine(), r.confiscation(), text, support, null);
        record.append(item.caseId, "DELIBERATION_RESOLVED", actor.userId(),
                StoredText.of("text.deliberation.resolved", r.outcome().text(r.fine()), support, present, text),
                Map.of("meetingId", m.id, "itemId", itemId, "outcome", r.outcome().name(),
                        "fine", r.fine() == null ? "" : r.fine().toPlainString(),
                        "confiscation", r.confiscation() == null ? "" : r.confiscation().toPlainString(),
                        "support", support, "present", present, "text", text));
        return finishIfSettled(actor, m.id);
    }

    /**
     * The resolution on the extension question: extend by {@code days} (the heads whose AGREE names exactly these days
     * support it) or {@code 0} not to extend (the DISAGREE votes support it), adopted with the configured majority.
     */
    private Meeting adoptExtension(Actor actor, MeetingRow m, Meeting meeting, ItemRow item, ResolutionInput r) {
        if (r == null || r.days() == null) {
            throw DomainException.invalid("field.required", "days");
        }
        if (r.outcome() != null || r.fine() != null || r.confiscation() != null) {
            throw DomainException.invalid("deliberation.extensionNoOutcome");
        }
        int days = r.days();
        if (days < 0 || days > item.requestedDays) {
            throw DomainException.invalid("deliberation.extensionBadDays", item.requestedDays);
        }
        String text = requiredText(r.text(), "resolutionText", 4000);
        int present = meeting.presentHeads().size();
        int support = support(meeting, item.id, v -> days == 0 ? v.choice() == VoteChoice.DISAGREE
                : v.choice() == VoteChoice.AGREE && Integer.valueOf(days).equals(v.days()));
        settle(actor, m, item, ItemStatus.ADOPTED, null, null, null, text, support, days);
        StoredText what = days == 0 ? StoredText.label("text.deliberation.notExtended")
                : StoredText.of("text.deliberation.extended", days);
        record.append(item.caseId, "DELIBERATION_RESOLVED", actor.userId(),
                StoredText.of("text.deliberation.resolved", what, support, present, text), Map.of("meetingId", m.id, "itemId", item.id,
                        "kind", ItemKind.EXTENSION.name(), "days", days, "support", support, "present", present,
                        "text", text));
        return finishIfSettled(actor, m.id);
    }

    /** Every present head has voted, the quorum is still present, and the support reaches the majority. */
    private int support(Meeting meeting, long itemId, java.util.function.Predicate<Meeting.Vote> supports) {
        checkQuorum(meeting, settings);
        List<Meeting.Vote> votes = meeting.votesOf(itemId);
        int present = meeting.presentHeads().size();
        if (votes.size() < present) {
            List<Long> voted = votes.stream().map(Meeting.Vote::voterId).toList();
            throw DomainException.invalid("deliberation.votesMissing", String.join("、", meeting.presentHeads()
                    .stream().filter(a -> !voted.contains(a.userId())).map(Meeting.Attendee::name).toList()));
        }
        int support = (int) votes.stream().filter(supports).count();
        if (!settings.adopts(support, present)) {
            throw DomainException.invalid("deliberation.noMajority", support, present, settings.needed(present));
        }
        return support;
    }

    /** Closes an item without a resolution (e.g. no majority); the case needs a new meeting. */
    @Transactional
    Meeting noResolution(Actor actor, long itemId, String reason) {
        ItemRow item = store.item(actor, itemId);
        MeetingRow m = store.lockWorkable(actor, item.meetingId);
        requireChair(actor, store.toMeeting(m));
        requireOpen(item);
        requireStatus(m, MeetingStatus.VOTING, "deliberation.votingNotOpen");
        String why = requiredText(reason, "reason", 4000);
        settle(actor, m, item, ItemStatus.NOT_ADOPTED, null, null, null, why, null, null);
        record.append(item.caseId, "DELIBERATION_NOT_RESOLVED", actor.userId(), why,
                Map.of("meetingId", m.id, "itemId", itemId, "reason", why));
        return finishIfSettled(actor, m.id);
    }

    private void settle(Actor actor, MeetingRow m, ItemRow item, ItemStatus status, OutcomeType outcome,
            BigDecimal fine, BigDecimal confiscation, String text, Integer support, Integer extensionDays) {
        ItemRow s = new ItemRow();
        s.id = item.id;
        s.status = status.name();
        s.outcome = outcome == null ? null : outcome.name();
        s.fine = fine;
        s.confiscation = confiscation;
        s.resolutionText = text;
        s.supportCount = support;
        s.settledBy = actor.userId();
        s.settledAt = store.now();
        s.extensionDays = extensionDays;
        if (mapper.settleItem(s) != 1) {
            throw DomainException.conflict("deliberation.itemSettled", item.caseNo);
        }
    }

    private Meeting finishIfSettled(Actor actor, long meetingId) {
        Meeting m = store.toMeeting(meetingId);
        if (m.items().stream().anyMatch(i -> i.status() == ItemStatus.OPEN)) {
            return m;
        }
        String minutes = MinutesWriter.write(m, store.unitName(m.unitId()), store.name(m.presidingId()),
                m.deputyId() == null ? null : store.name(m.deputyId()), messages);
        if (mapper.setMinutes(meetingId, minutes, store.now()) != 1) {
            throw DomainException.conflict("deliberation.concurrentChange");
        }
        store.appendToAgenda(meetingId, "DELIBERATION_MINUTES", actor, "集体讨论记录已生成，待出席负责人确认",
                Map.of("meetingId", meetingId, "minutes", minutes));
        return store.toMeeting(meetingId);
    }
}

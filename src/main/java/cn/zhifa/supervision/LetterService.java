package cn.zhifa.supervision;

import cn.zhifa.shared.StoredText;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.RequiresPermission;
import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseRecord;
import cn.zhifa.notification.NotificationService;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.DomainException;
import cn.zhifa.supervision.Letter.NewLetter;
import cn.zhifa.supervision.internal.LetterRow;
import cn.zhifa.supervision.internal.SupervisionMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervision letters (提醒函 / 督办函): a supervisor sends one to a unit (its heads are notified), the unit's head
 * replies, the sender closes it. The reply is due within the configured working days unless the letter names a
 * later date. Letters about a case are entries of its record.
 */
@Service
public class LetterService {

    private final SupervisionMapper mapper;
    private final OrganizationService organization;
    private final CaseFileService cases;
    private final CaseRecord record;
    private final NotificationService notifications;
    private final SupervisionSettings settings;
    private final Clock clock;

    LetterService(SupervisionMapper mapper, OrganizationService organization, CaseFileService cases,
            CaseRecord record, NotificationService notifications, SupervisionSettings settings, Clock clock) {
        this.mapper = mapper;
        this.organization = organization;
        this.cases = cases;
        this.record = record;
        this.notifications = notifications;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    @RequiresPermission(Action.SUPERVISION_PLAN)
    public Letter send(Actor actor, NewLetter n) {
        if (n == null || n.kind() == null) {
            throw DomainException.invalid("field.required", "kind");
        }
        if (n.subject() == null || n.subject().isBlank()) {
            throw DomainException.invalid("field.required", "subject");
        }
        if (n.body() == null || n.body().isBlank()) {
            throw DomainException.invalid("field.required", "body");
        }
        organization.unit(n.unitId());
        if (n.caseId() != null) {
            CaseFile c = cases.get(actor, n.caseId());
            if (c.unitId() != n.unitId()) {
                throw DomainException.invalid("sv.rect.caseOfOtherUnit");
            }
        }
        if (n.rectificationId() != null && mapper.rectification(n.rectificationId()) == null) {
            throw DomainException.notFound("sv.rect.notFound", n.rectificationId());
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate due = n.replyDue() == null ? settings.letterReplyDue(today) : n.replyDue();
        if (!due.isAfter(today)) {
            throw DomainException.invalid("sv.letter.badDue");
        }
        LetterRow l = new LetterRow();
        l.kind = n.kind().name();
        l.unitId = n.unitId();
        l.caseId = n.caseId();
        l.rectificationId = n.rectificationId();
        l.subject = n.subject().trim();
        l.body = n.body().trim();
        l.replyDue = due;
        l.sentBy = actor.userId();
        l.sentOn = today;
        l.status = "SENT";
        mapper.insertLetter(l);
        if (l.caseId != null) {
            record.append(l.caseId, "SV_LETTER_SENT", actor.userId(), StoredText.typed(l.subject),
                    Map.of("letterId", l.id, "kind", l.kind, "replyDue", due.toString()));
        }
        notifications.notify(organization.heads(n.unitId()).stream().map(UserAccount::id).toList(), l.caseId,
                "SV_LETTER", "letter-" + l.id, due,
                StoredText.of("URGE".equals(l.kind) ? "text.sv.letterUrge" : "text.sv.letterRemind", l.subject));
        return toLetter(mapper.letter(l.id));
    }

    /** The unit's head replies (once); a reply after the due date is kept and marked late by the dates. */
    @Transactional
    @RequiresPermission(Action.SUPERVISION_ANSWER)
    public Letter reply(Actor actor, long id, String text) {
        LetterRow l = rowForUpdate(id);
        if (!(actor.isHead() && actor.unitId() == l.unitId)) {
            throw DomainException.forbidden("sv.letter.headsOnly");
        }
        if (!"SENT".equals(l.status)) {
            throw DomainException.conflict("sv.letter.notOpen");
        }
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("field.required", "reply");
        }
        l.reply = text.trim();
        l.repliedBy = actor.userId();
        l.repliedOn = LocalDate.now(clock);
        l.status = "REPLIED";
        update(l);
        if (l.caseId != null) {
            record.append(l.caseId, "SV_LETTER_REPLIED", actor.userId(), l.reply, Map.of("letterId", l.id));
        }
        return toLetter(l);
    }

    /** The sender (or another supervisor) closes a replied letter (办结). */
    @Transactional
    @RequiresPermission(Action.SUPERVISION_PLAN)
    public Letter close(Actor actor, long id) {
        LetterRow l = rowForUpdate(id);
        if (!"REPLIED".equals(l.status)) {
            throw DomainException.conflict("sv.letter.notReplied");
        }
        l.status = "CLOSED";
        l.closedBy = actor.userId();
        l.closedOn = LocalDate.now(clock);
        update(l);
        if (l.caseId != null) {
            record.append(l.caseId, "SV_LETTER_CLOSED", actor.userId(), l.subject, Map.of("letterId", l.id));
        }
        return toLetter(l);
    }

    @Transactional(readOnly = true)
    public List<Letter> list(Actor actor) {
        return mapper.letters(actor.seesAllUnits() ? null : actor.unitId()).stream().map(this::toLetter).toList();
    }

    private LetterRow rowForUpdate(long id) {
        LetterRow l = mapper.letterForUpdate(id);
        if (l == null) {
            throw DomainException.notFound("sv.letter.notFound", id);
        }
        return l;
    }

    private void update(LetterRow l) {
        if (mapper.updateLetter(l) != 1) {
            throw DomainException.conflict("sv.concurrentChange");
        }
        l.version++;
    }

    private Letter toLetter(LetterRow l) {
        LocalDate today = LocalDate.now(clock);
        boolean overdue = "SENT".equals(l.status) && today.isAfter(l.replyDue)
                || l.repliedOn != null && l.repliedOn.isAfter(l.replyDue);
        return new Letter(l.id, Letter.LetterKind.valueOf(l.kind), l.unitId, l.caseId, l.rectificationId, l.subject,
                l.body, l.replyDue, l.sentBy, l.sentOn, l.status, l.reply, l.repliedBy, l.repliedOn, l.closedOn,
                overdue);
    }
}

package cn.zhifa.publication;

import cn.zhifa.shared.StoredText;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.notification.NotificationService;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.publication.internal.PublicationMapper;
import cn.zhifa.publication.internal.PublicationRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the publication watch (BPMN timers, publication/process) asks: still a draft, its due date, the alerts. */
@Service
public class PublicationAlerts {

    private final PublicationMapper mapper;
    private final CaseFileService cases;
    private final OrganizationService organization;
    private final NotificationService notifications;

    PublicationAlerts(PublicationMapper mapper, CaseFileService cases, OrganizationService organization,
            NotificationService notifications) {
        this.mapper = mapper;
        this.cases = cases;
        this.organization = organization;
        this.notifications = notifications;
    }

    /** Still waiting for release? (the watch ends quietly otherwise). */
    @Transactional(readOnly = true)
    public boolean awaitingRelease(long id) {
        PublicationRow row = mapper.find(id);
        return row != null && row.status == PublicationStatus.DRAFT;
    }

    @Transactional(readOnly = true)
    public Optional<LocalDate> dueDate(long id) {
        return Optional.ofNullable(mapper.find(id)).map(r -> r.dueDate);
    }

    /** Warning (N working days before) to the handlers; overdue alert to the handlers, team leaders and heads. */
    @Transactional
    public void alert(long id, boolean overdue) {
        PublicationRow row = mapper.find(id);
        if (row == null || row.status != PublicationStatus.DRAFT) {
            return;
        }
        List<Long> to = new ArrayList<>(mapper.handlerIds(row.caseId));
        if (overdue || to.isEmpty()) {
            organization.users(row.unitId).stream()
                    .filter(u -> u.enabled() && (u.toActor().isHead() || u.roles().contains(Role.TEAM_LEADER)))
                    .map(UserAccount::id).forEach(to::add);
        }
        String ref = row.caseNo == null ? String.valueOf(row.caseId) : row.caseNo;
        StoredText text = StoredText.of(overdue ? "publication.alert.overdue" : "publication.alert.warning", ref,
                row.dueDate);
        notifications.notify(to, row.caseId, overdue ? PublicationService.PUBLICATION_OVERDUE : PublicationService.PUBLICATION_WARNING, "PUBLICATION",
                row.dueDate, text);
        cases.recordOnTimeline(row.caseId, overdue ? PublicationService.PUBLICATION_OVERDUE : PublicationService.PUBLICATION_WARNING, null, text.stored());
    }
}

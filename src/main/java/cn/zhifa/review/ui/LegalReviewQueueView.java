package cn.zhifa.review.ui;

import cn.zhifa.calendar.ui.DeadlineBadge;
import cn.zhifa.casefile.ui.CaseFileNavigation;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.review.LegalReviewService;
import cn.zhifa.review.ReviewViews.QueueEntry;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * 法制审核 queue: the open legal reviews of my unit with their due dates and lights (earliest first), claim and work;
 * cases I am recused from or handle are left out by the service's eligibility rules.
 */
@Route(value = "legal-reviews", layout = MainLayout.class)
@Menu(title = "review.queue.title", order = 5, icon = "vaadin:scale")
@RolesAllowed("LEGAL_REVIEWER")
class LegalReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    private final LegalReviewService reviews;
    private final Messages messages;
    private final Grid<QueueEntry> grid = new Grid<>();
    private final Span empty = new Span();

    LegalReviewQueueView(LegalReviewService reviews, Messages messages) {
        this.reviews = reviews;
        this.messages = messages;
        addClassName("zhifa-view");
        setSizeFull();
        grid.setId("review-queue");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(q -> CaseFileNavigation.caseLink(Ui.orDash(q.caseNo()), q.caseId()))
                .setHeader(getTranslation("review.queue.case")).setAutoWidth(true);
        grid.addColumn(q -> Ui.orDash(q.partyName())).setHeader(getTranslation("review.queue.party"));
        grid.addColumn(q -> Ui.orDash(q.itemName())).setHeader(getTranslation("review.queue.item")).setFlexGrow(2);
        grid.addColumn(q -> Ui.date(q.startedOn())).setHeader(getTranslation("review.queue.started"));
        grid.addComponentColumn(q -> {
            Span s = new Span(Ui.date(q.dueDate()) + " · " + getTranslation("review.light." + q.light().name())
                    + (q.extended() ? " · " + getTranslation("review.queue.extended") : ""));
            s.addClassName(DeadlineBadge.lightClass(q.light()));
            s.setId("queue-due-" + q.caseId());
            return s;
        }).setHeader(getTranslation("review.queue.due")).setAutoWidth(true);
        grid.addColumn(q -> Ui.orDash(q.assigneeName())).setHeader(getTranslation("review.queue.assignee"));
        grid.addComponentColumn(this::action).setAutoWidth(true);
        empty.setText(getTranslation("review.queue.empty"));
        empty.setId("review-queue-empty");
        add(new H2(getTranslation("review.queue.title")), grid, empty);
        refresh();
    }

    private Button action(QueueEntry q) {
        Actor actor = CurrentActor.get();
        boolean mine = q.assigneeId() != null && q.assigneeId() == actor.userId();
        Button b = new Button(getTranslation(mine ? "review.queue.work" : "review.queue.claim"), e -> {
            try {
                if (!mine) {
                    reviews.claim(CurrentActor.get(), q.taskId());
                }
                CaseFileNavigation.toTask(q.taskId());
            } catch (DomainException ex) {
                Ui.refused(messages, ex);
                refresh();
            }
        });
        b.setId((mine ? "queue-work-" : "queue-claim-") + q.caseId());
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        b.setEnabled(mine || q.assigneeId() == null);
        return b;
    }

    private void refresh() {
        List<QueueEntry> entries = reviews.queue(CurrentActor.get());
        grid.setItems(entries);
        empty.setVisible(entries.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.queue.title") + " · " + getTranslation("app.name");
    }
}

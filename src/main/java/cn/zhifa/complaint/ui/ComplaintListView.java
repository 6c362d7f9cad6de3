package cn.zhifa.complaint.ui;

import cn.zhifa.complaint.Complaint;
import cn.zhifa.complaint.ComplaintService;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.organization.Permissions;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;

/** 投诉举报: the unit's complaints (supervisors: all), newest first, with how many became cases. */
@Route(value = "complaints", layout = MainLayout.class)
@Menu(title = "complaint.nav", order = 4, icon = "vaadin:phone")
@PermitAll
class ComplaintListView extends VerticalLayout implements HasDynamicTitle {

    ComplaintListView(ComplaintService complaints) {
        addClassName("zhifa-view");
        setSizeFull();
        Map<String, Object> stats = complaints.statistics(CurrentActor.get(), null, null);
        Span count = new Span(getTranslation("complaint.becameCases", stats.get("becameCases"), stats.get("total")));
        count.setId("complaints-became-cases");
        Button add = new Button(getTranslation("complaint.new"), e -> getUI().ifPresent(ui -> ui.navigate("complaints/new")));
        add.setId("complaint-new");
        // offered only to those the permission matrix lets register a complaint (never to a read-only supervisor)
        add.setVisible(Permissions.allows(CurrentActor.get(), Action.COMPLAINT_INTAKE));
        Grid<Complaint> grid = new Grid<>();
        grid.setId("complaint-grid");
        grid.addComponentColumn(c -> new Anchor("complaints/" + c.id(), c.complaintNo()))
                .setHeader(getTranslation("complaint.no")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("complaint.channel." + c.channel().name()))
                .setHeader(getTranslation("complaint.channel")).setAutoWidth(true);
        grid.addColumn(Complaint::place).setHeader(getTranslation("complaint.place")).setFlexGrow(1);
        grid.addColumn(c -> getTranslation("ui.stage." + c.status())).setHeader(getTranslation("complaint.status"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.outcome() == null ? Ui.DASH : getTranslation("complaint.outcome." + c.outcome().name()))
                .setHeader(getTranslation("complaint.outcome")).setAutoWidth(true);
        grid.addColumn(c -> Ui.dateTime(c.receivedAt())).setHeader(getTranslation("complaint.received"))
                .setAutoWidth(true);
        grid.setItems(q -> complaints.search(CurrentActor.get(), null, q.getOffset(), Math.min(q.getLimit(), 200))
                .stream());
        grid.setSizeFull();
        add(new HorizontalLayout(new H2(getTranslation("complaint.title")), count, add), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complaint.title") + " · " + getTranslation("app.name");
    }
}

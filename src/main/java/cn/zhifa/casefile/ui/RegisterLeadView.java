package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.ScreenAction;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;

/** 登记线索: the lead form; on success the new case's workspace opens. */
@Route(value = "cases/new", layout = MainLayout.class)
@Menu(title = "ui.nav.registerLead", order = 2, icon = "vaadin:plus-circle")
@PermitAll
@ScreenAction(Action.CASE_REGISTER)
class RegisterLeadView extends VerticalLayout implements HasDynamicTitle {

    RegisterLeadView(CaseFileService cases, OrganizationService organization, Messages messages, Clock clock) {
        addClassName("zhifa-view");
        setMaxWidth("60em");
        LeadForm form = new LeadForm(organization.items(true), LocalDate.now(clock), Ui.locale());
        form.addSubmitListener(e -> {
            try {
                CaseFile created = cases.registerLead(CurrentActor.get(), e.lead());
                Ui.success(getTranslation("ui.lead.registered", String.valueOf(created.id())));
                CaseFileNavigation.toCase(created.id());
            } catch (DomainException refused) {
                Ui.refused(messages, refused);
            }
        });
        add(new H2(getTranslation("ui.lead.title")), form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ui.lead.title") + " · " + getTranslation("app.name");
    }
}

package cn.zhifa.organization.ui;

import cn.zhifa.organization.Certificate;
import cn.zhifa.organization.CertificateStatus;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Role;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** 执法证管理: add certificates, change their status (正常/暂扣/吊销/遗失). */
@Route(value = "admin/certificates", layout = MainLayout.class)
@Menu(title = "ui.nav.certificates", order = 11, icon = "vaadin:diploma")
@RolesAllowed("ADMIN")
class CertificatesView extends VerticalLayout implements HasDynamicTitle {

    private final OrganizationService organization;
    private final Messages messages;
    private final Clock clock;
    private final Grid<Certificate> grid = new Grid<>();
    private Map<Long, String> holderNames = Map.of();

    CertificatesView(OrganizationService organization, Messages messages, Clock clock) {
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
        addClassName("zhifa-view");
        setSizeFull();
        Button add = new Button(getTranslation("ui.admin.newCertificate"), VaadinIcon.PLUS.create(), e -> add());
        add.setId("cert-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("certificates-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(c -> holderNames.getOrDefault(c.userId(), Ui.DASH)).setHeader(getTranslation("ui.admin.holder"))
                .setAutoWidth(true);
        grid.addColumn(Certificate::certNo).setHeader(getTranslation("ui.admin.certNo")).setAutoWidth(true);
        grid.addColumn(Certificate::category).setHeader(getTranslation("ui.admin.category")).setFlexGrow(1);
        grid.addColumn(c -> Ui.date(c.validFrom()) + " ~ " + Ui.date(c.validTo()))
                .setHeader(getTranslation("ui.admin.validity")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("ui.certStatus." + c.status().name()))
                .setHeader(getTranslation("ui.admin.status")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.isValidOn(LocalDate.now(clock)) ? "ui.admin.validToday"
                : "ui.admin.invalidToday")).setHeader(getTranslation("ui.admin.validNow")).setAutoWidth(true);
        grid.addComponentColumn(c -> {
            Button status = new Button(getTranslation("ui.admin.changeStatus"), e -> changeStatus(c));
            status.addThemeVariants(ButtonVariant.LUMO_SMALL);
            status.setId("cert-status-" + c.id());
            status.setEnabled(c.status() != CertificateStatus.REVOKED);
            return status;
        }).setHeader(getTranslation("ui.col.actions")).setAutoWidth(true);
        grid.setSizeFull();
        refresh();
        add(new HorizontalLayout(new H2(getTranslation("ui.nav.certificates")), add), grid);
    }

    private void refresh() {
        holderNames = organization.users(null).stream()
                .collect(Collectors.toMap(UserAccount::id, UserAccount::displayName));
        grid.setItems(organization.allCertificates());
    }

    private void add() {
        List<UserAccount> holders = organization.users(null).stream()
                .filter(u -> !u.roles().contains(Role.AUXILIARY)).toList();
        CertificateForm form = new CertificateForm(holders, LocalDate.now(clock), Ui.locale());
        Dialog[] dialog = new Dialog[1];
        form.addSaveListener(e -> {
            try {
                organization.addCertificate(CurrentActor.get(), e.certificate());
            } catch (DomainException refused) {
                Ui.refused(messages, refused);
                return;
            }
            Ui.success(getTranslation("ui.saved"));
            dialog[0].close();
            refresh();
        });
        dialog[0] = AdminDialogs.open(this, getTranslation("ui.admin.newCertificate"), form, form::save);
    }

    private void changeStatus(Certificate certificate) {
        Select<CertificateStatus> status = new Select<>();
        status.setLabel(getTranslation("ui.admin.status"));
        status.setItems(CertificateStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("ui.certStatus." + s.name()));
        status.setValue(certificate.status());
        status.setId("cert-status-select");
        Dialog[] dialog = new Dialog[1];
        dialog[0] = AdminDialogs.open(this, getTranslation("ui.admin.changeStatusOf", certificate.certNo()), status,
                () -> {
                    try {
                        organization.setCertificateStatus(CurrentActor.get(), certificate.id(), status.getValue());
                    } catch (DomainException refused) {
                        Ui.refused(messages, refused);
                        return;
                    }
                    Ui.success(getTranslation("ui.saved"));
                    dialog[0].close();
                    refresh();
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ui.nav.certificates") + " · " + getTranslation("app.name");
    }
}

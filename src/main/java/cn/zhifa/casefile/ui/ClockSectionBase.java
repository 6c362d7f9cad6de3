package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** What the workspace's clock sections share: the case, the actor, the services, dialogs and compact grids. */
abstract class ClockSectionBase extends VerticalLayout {

    protected final CaseClockSection.Services services;
    protected final Actor actor;
    protected final CaseFile c;
    protected final Runnable reload;

    ClockSectionBase(CaseClockSection.Services services, Actor actor, CaseFile c, Runnable reload) {
        this.services = services;
        this.actor = actor;
        this.c = c;
        this.reload = reload;
        setPadding(false);
    }

    /** Opens a dialog; save validates, calls the service and on success closes and reloads the workspace. */
    protected void dialog(String titleKey, Component form, Supplier<Boolean> valid, Runnable call, String doneKey) {
        Dialog dialog = new Dialog();
        dialog.setId("clock-dialog");
        dialog.setHeaderTitle(getTranslation(titleKey));
        dialog.setWidth("40em");
        dialog.add(form);
        Button ok = new Button(getTranslation("ui.save"));
        ok.setId("dialog-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickListener(e -> {
            if (!valid.get()) {
                return;
            }
            try {
                call.run();
            } catch (DomainException ex) {
                Ui.refused(services.messages(), ex);
                return;
            }
            dialog.close();
            Ui.success(getTranslation(doneKey));
            reload.run();
        });
        Button cancel = new Button(getTranslation("ui.cancel"), e -> dialog.close());
        cancel.setId("dialog-cancel");
        dialog.getFooter().add(cancel, ok);
        dialog.open();
    }

    protected boolean required(HasValidation field, boolean ok) {
        field.setErrorMessage(getTranslation("ui.required"));
        field.setInvalid(!ok);
        return ok;
    }

    protected DatePicker datePicker(String labelKey, String id) {
        DatePicker picker = Ui.datePicker(getTranslation(labelKey), Ui.locale(), getTranslation("ui.today"),
                getTranslation("ui.cancel"));
        picker.setId(id);
        picker.setValue(LocalDate.now(services.today()));
        picker.setRequiredIndicatorVisible(true);
        return picker;
    }

    protected TextArea reason(String id) {
        TextArea reason = new TextArea(getTranslation("ui.clock.reason"));
        reason.setId(id);
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        return reason;
    }

    /** A small button of a grid row. */
    protected Button small(String key, String id, Runnable click) {
        Button b = new Button(getTranslation(key), e -> click.run());
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    /** The required list of items (清单) of a preservation or seizure. */
    protected TextArea listField(String labelKey, String id) {
        TextArea items = new TextArea(getTranslation(labelKey));
        items.setId(id);
        items.setRequiredIndicatorVisible(true);
        items.setMaxLength(1000);
        return items;
    }

    /** The required place of a preservation or seizure. */
    protected TextField placeField(String labelKey, String id) {
        TextField place = new TextField(getTranslation(labelKey));
        place.setId(id);
        place.setRequiredIndicatorVisible(true);
        place.setMaxLength(200);
        return place;
    }

    protected <T> Grid<T> smallGrid(List<T> items) {
        Grid<T> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(items);
        grid.setEmptyStateText(getTranslation("ui.none"));
        return grid;
    }
}

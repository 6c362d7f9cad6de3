package cn.zhifa.organization.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/** A dialog with the form and save/cancel buttons; the dialog stays open while the service refuses. */
final class AdminDialogs {
    private AdminDialogs() {
    }

    static Dialog open(Component owner, String title, Component form, Runnable save) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.add(form);
        dialog.setWidth("40em");
        Button ok = new Button(owner.getTranslation("ui.save"), e -> save.run());
        ok.setId("dialog-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(owner.getTranslation("ui.cancel"), e -> dialog.close());
        cancel.setId("dialog-cancel");
        dialog.getFooter().add(cancel, ok);
        dialog.open();
        return dialog;
    }
}

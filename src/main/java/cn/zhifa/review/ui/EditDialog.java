package cn.zhifa.review.ui;

import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * An edit dialog of the review screens: Save calls the service; a refusal keeps the dialog open. {@code owner} null =
 * the dialog attaches itself to the UI.
 */
final class EditDialog {
    private EditDialog() {
    }

    static void open(HasComponents owner, Messages messages, String title, Component content, String saveId,
            Runnable save, Runnable saved) {
        Dialog dialog = new Dialog(content);
        dialog.setHeaderTitle(title);
        Button ok = new Button(dialog.getTranslation("ui.save"), e -> {
            try {
                save.run();
            } catch (DomainException refused) {
                Ui.refused(messages, refused);
                return;
            }
            Ui.success(dialog.getTranslation("ui.saved"));
            dialog.close();
            saved.run();
        });
        ok.setId(saveId);
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(dialog.getTranslation("ui.cancel"), e -> dialog.close()), ok);
        if (owner != null) {
            owner.add(dialog);
        }
        dialog.open();
    }
}

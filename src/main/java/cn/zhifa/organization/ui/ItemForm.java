package cn.zhifa.organization.ui;

import cn.zhifa.organization.ViolationItem;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/** Create or edit a violation item (执法事项): raises {@link SaveEvent} with an {@link ItemDraft}. */
class ItemForm extends FormLayout {

    /** {@code id == null} means a new item. */
    record ItemDraft(Long id, String code, String name, String violationBasis, String penaltyBasis, boolean active) {
    }

    final TextField code = new TextField();
    final TextField name = new TextField();
    final TextArea violationBasis = new TextArea();
    final TextArea penaltyBasis = new TextArea();
    final Checkbox active = new Checkbox();
    private final Long id;

    ItemForm(ViolationItem item) {
        this.id = item == null ? null : item.id();
        code.setLabel(getTranslation("ui.admin.itemCode"));
        code.setRequired(true);
        code.setId("item-code");
        name.setLabel(getTranslation("ui.admin.itemName"));
        name.setRequired(true);
        name.setId("item-name");
        violationBasis.setLabel(getTranslation("ui.admin.violationBasis"));
        violationBasis.setRequired(true);
        violationBasis.setId("item-violation-basis");
        penaltyBasis.setLabel(getTranslation("ui.admin.penaltyBasis"));
        penaltyBasis.setRequired(true);
        penaltyBasis.setId("item-penalty-basis");
        active.setLabel(getTranslation("ui.admin.active"));
        active.setValue(true);
        active.setId("item-active");
        if (item != null) {
            code.setValue(item.code());
            name.setValue(item.name());
            violationBasis.setValue(item.violationBasis());
            penaltyBasis.setValue(item.penaltyBasis());
            active.setValue(item.active());
        }
        add(code, name, violationBasis, penaltyBasis, active);
        setColspan(name, 2);
        setColspan(violationBasis, 2);
        setColspan(penaltyBasis, 2);
    }

    ItemDraft draft() {
        return new ItemDraft(id, UserForm.blankToNull(code.getValue()), UserForm.blankToNull(name.getValue()),
                UserForm.blankToNull(violationBasis.getValue()), UserForm.blankToNull(penaltyBasis.getValue()),
                active.getValue());
    }

    void save() {
        fireEvent(new SaveEvent(this, draft()));
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<ItemForm> {
        private final ItemDraft draft;

        SaveEvent(ItemForm source, ItemDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        ItemDraft draft() {
            return draft;
        }
    }
}

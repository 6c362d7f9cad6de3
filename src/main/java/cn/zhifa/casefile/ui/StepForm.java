package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.StepPayload;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;

/**
 * The form of one user task: collects the fields, builds the task's {@link StepPayload} and raises a
 * {@link SubmitEvent} carrying it. Never calls a service; the service checks every rule again.
 */
abstract class StepForm<P extends StepPayload> extends VerticalLayout {

    protected final FormContext context;
    protected final FormLayout fields = new FormLayout();
    final Button submit;
    /** 预览文书: what the step would generate from the values as they are now (shown where a previewer exists). */
    final Button preview;

    protected StepForm(FormContext context) {
        this.context = context;
        setPadding(false);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        submit = new Button(getTranslation("ui.form.submit"), e -> fireEvent(new SubmitEvent(this, payload())));
        submit.setId("task-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        preview = new Button(getTranslation("documents.preview"), e -> fireEvent(new PreviewEvent(this, payload())));
        preview.setId("task-preview");
        preview.setVisible(false);
        add(fields, new com.vaadin.flow.component.orderedlayout.HorizontalLayout(submit, preview));
    }

    /** The payload as entered; fields hidden by a choice (e.g. "do not file") are left out. */
    abstract P payload();

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    /** Shows the 预览文书 button and calls {@code listener} with the payload as entered. */
    Registration addPreviewListener(ComponentEventListener<PreviewEvent> listener) {
        preview.setVisible(true);
        return addListener(PreviewEvent.class, listener);
    }

    // ---- field helpers ---------------------------------------------------------------------------------------

    protected RadioButtonGroup<Boolean> choice(String id, String labelKey, String yesKey, String noKey,
            Boolean initial) {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>(getTranslation(labelKey));
        group.setItems(Boolean.TRUE, Boolean.FALSE);
        group.setItemLabelGenerator(b -> getTranslation(b ? yesKey : noKey));
        group.setValue(initial);
        group.setRequiredIndicatorVisible(true);
        group.setId(id);
        return group;
    }

    protected TextArea text(String id, String labelKey, boolean required) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId(id);
        area.setMaxLength(2000);
        area.setMinHeight("5em");
        area.setRequiredIndicatorVisible(required);
        fields.setColspan(area, 2);
        return area;
    }

    protected DatePicker date(String id, String labelKey, boolean required) {
        DatePicker picker = Ui.datePicker(getTranslation(labelKey), context.locale(), getTranslation("ui.today"),
                getTranslation("ui.cancel"));
        picker.setId(id);
        picker.setMax(context.today());
        picker.setRequiredIndicatorVisible(required);
        return picker;
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static boolean isTrue(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    /** An event of the form carrying the payload as entered. */
    abstract static class PayloadEvent extends ComponentEvent<StepForm<?>> {
        private final StepPayload payload;

        PayloadEvent(StepForm<?> source, StepPayload payload) {
            super(source, false);
            this.payload = payload;
        }

        StepPayload payload() {
            return payload;
        }
    }

    /** Raised when the officer submits the form; carries the typed payload for the task. */
    static final class SubmitEvent extends PayloadEvent {
        SubmitEvent(StepForm<?> source, StepPayload payload) {
            super(source, payload);
        }
    }

    /** Raised when the officer asks for 预览文书; carries the payload as entered (nothing is submitted). */
    static final class PreviewEvent extends PayloadEvent {
        PreviewEvent(StepForm<?> source, StepPayload payload) {
            super(source, payload);
        }
    }
}

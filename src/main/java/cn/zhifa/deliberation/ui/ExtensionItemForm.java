package cn.zhifa.deliberation.ui;

import cn.zhifa.deliberation.DeliberationService;
import cn.zhifa.deliberation.Meeting;
import cn.zhifa.deliberation.ResolutionInput;
import cn.zhifa.deliberation.VoteChoice;
import cn.zhifa.deliberation.VoteInput;
import cn.zhifa.organization.CurrentActor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The forms of an extension agenda item (延长办案期限, decision 0030): a present head's vote — agree with the days he
 * supports (at most the days asked), disagree, abstain — or the chair's resolution: extend by N days, 0 not to extend,
 * or close without a resolution. The service checks every rule again.
 */
class ExtensionItemForm extends VerticalLayout {

    /** The vote form ({@code vote}) or the chair's resolution form. */
    ExtensionItemForm(DeliberationService deliberations, Meeting.Item item, boolean vote,
            Consumer<Supplier<Meeting>> act) {
        setPadding(false);
        int seq = item.seq();
        IntegerField days = new IntegerField(getTranslation("ui.delib.extensionDays"));
        days.setStepButtonsVisible(true);
        days.setMin(vote ? 1 : 0);
        days.setMax(item.requestedDays());
        days.setValue(item.requestedDays());
        TextArea text = new TextArea(getTranslation(vote ? "ui.delib.opinion" : "ui.delib.resolutionText"));
        text.setMaxLength(4000);
        text.setWidthFull();
        if (vote) {
            RadioButtonGroup<VoteChoice> choice = new RadioButtonGroup<>(getTranslation("ui.delib.myVote"));
            choice.setId("vote-choice-" + seq);
            choice.setItems(VoteChoice.values());
            choice.setItemLabelGenerator(c -> getTranslation("ui.delib.extensionChoice." + c.name()));
            choice.addValueChangeListener(e -> days.setEnabled(e.getValue() == VoteChoice.AGREE));
            days.setId("vote-days-" + seq);
            text.setId("vote-opinion-" + seq);
            Button cast = new Button(getTranslation("ui.delib.castVote"), e -> act.accept(() -> deliberations.vote(
                    CurrentActor.get(), item.id(), VoteInput.onExtension(choice.getValue(),
                            choice.getValue() == VoteChoice.AGREE ? days.getValue() : null, text.getValue()))));
            cast.setId("vote-submit-" + seq);
            cast.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(choice, days, text, cast);
            return;
        }
        days.setId("resolution-days-" + seq);
        days.setHelperText(getTranslation("ui.delib.extensionDaysHelp"));
        text.setId("resolution-text-" + seq);
        Button adopt = new Button(getTranslation("ui.delib.adopt"), e -> act.accept(() -> deliberations.adopt(
                CurrentActor.get(), item.id(), ResolutionInput.onExtension(days.getValue(), text.getValue()))));
        adopt.setId("resolution-adopt-" + seq);
        adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        TextField reason = new TextField(getTranslation("ui.delib.noResolutionReason"));
        reason.setId("resolution-none-reason-" + seq);
        Button none = new Button(getTranslation("ui.delib.closeWithout"), e -> act.accept(
                () -> deliberations.noResolution(CurrentActor.get(), item.id(), reason.getValue())));
        none.setId("resolution-none-" + seq);
        none.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout noneRow = new HorizontalLayout(reason, none);
        noneRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H4(getTranslation("ui.delib.resolution")), days, text, adopt, noneRow);
    }
}

package cn.zhifa.complaint.ui;

import cn.zhifa.complaint.ComplaintChannel;
import cn.zhifa.complaint.ComplaintReceipt;
import cn.zhifa.complaint.ComplaintService;
import cn.zhifa.complaint.NewComplaint;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.organization.ScreenAction;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** 登记投诉: hotline or walk-in intake by staff; the new complaint opens with its duplicate hints. */
@Route(value = "complaints/new", layout = MainLayout.class)
@PermitAll
@ScreenAction(Action.COMPLAINT_INTAKE)
class ComplaintIntakeView extends VerticalLayout implements HasDynamicTitle {

    ComplaintIntakeView(ComplaintService complaints, Messages messages) {
        addClassName("zhifa-view");
        setMaxWidth("48em");
        Select<ComplaintChannel> channel = new Select<>();
        channel.setLabel(getTranslation("complaint.channel"));
        channel.setItems(ComplaintChannel.HOTLINE_12345, ComplaintChannel.WALK_IN);
        channel.setItemLabelGenerator(c -> getTranslation("complaint.channel." + c.name()));
        channel.setValue(ComplaintChannel.HOTLINE_12345);
        TextField ref = new TextField(getTranslation("complaint.externalRef"));
        TextField name = new TextField(getTranslation("complaint.complainant"));
        TextField phone = new TextField(getTranslation("complaint.phone"));
        TextField place = new TextField(getTranslation("complaint.place"));
        place.setId("complaint-place");
        TextField party = new TextField(getTranslation("complaint.party"));
        TextArea content = new TextArea(getTranslation("complaint.content"));
        content.setId("complaint-content");
        FormLayout form = new FormLayout(channel, ref, name, phone, place, party, content);
        form.setColspan(content, 2);
        Button submit = new Button(getTranslation("complaint.submit"), e -> {
            try {
                ComplaintReceipt r = complaints.intake(CurrentActor.get(), new NewComplaint(channel.getValue(),
                        ref.getValue(), name.getValue(), phone.getValue(), place.getValue(), party.getValue(), null,
                        content.getValue(), null, null));
                getUI().ifPresent(ui -> ui.navigate("complaints/" + r.complaint().id()));
            } catch (DomainException refused) {
                Ui.refused(messages, refused);
            }
        });
        submit.setId("complaint-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("complaint.new")), form, submit);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complaint.new") + " · " + getTranslation("app.name");
    }
}

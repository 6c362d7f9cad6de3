package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.StepPayload.ScheduleHearing;
import cn.zhifa.organization.UserAccount;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;

/** 听证安排: presiding officer (not an investigator of the case), date, place, hearing notice served, agents. */
class ScheduleHearingForm extends StepForm<ScheduleHearing> {

    final Select<UserAccount> presiding = new Select<>();
    final DatePicker hearingDate;
    final TextField place = new TextField();
    final DatePicker noticeServed;
    final TextField agents = new TextField();

    ScheduleHearingForm(FormContext context) {
        super(context);
        presiding.setLabel(getTranslation("review.hearing.presiding"));
        presiding.setItems(context.officers());
        presiding.setItemLabelGenerator(UserAccount::displayName);
        presiding.setId("hearing-presiding");
        hearingDate = date("hearing-date", "review.hearing.date", true);
        hearingDate.setMax(null);
        place.setLabel(getTranslation("review.hearing.place"));
        place.setId("hearing-place");
        place.setMaxLength(200);
        noticeServed = date("hearing-notice-served", "review.hearing.noticeServed", true);
        noticeServed.setValue(context.today());
        agents.setLabel(getTranslation("review.hearing.agents"));
        agents.setId("hearing-agents");
        fields.add(presiding, hearingDate, place, noticeServed, agents);
    }

    @Override
    ScheduleHearing payload() {
        String a = trim(agents.getValue());
        List<String> list = a == null ? List.of() : Arrays.stream(a.split("[,，、]")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
        return new ScheduleHearing(presiding.getValue() == null ? null : presiding.getValue().id(),
                hearingDate.getValue(), trim(place.getValue()), noticeServed.getValue(), list);
    }
}

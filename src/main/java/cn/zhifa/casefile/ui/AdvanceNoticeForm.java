package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.ServiceMethod;
import cn.zhifa.casefile.StepPayload.AdvanceNotice;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;

/** 行政处罚事先告知书 served: date and method. */
class AdvanceNoticeForm extends StepForm<AdvanceNotice> {

    final DatePicker servedDate;
    final Select<ServiceMethod> method;

    AdvanceNoticeForm(FormContext context) {
        super(context);
        servedDate = date("notice-served-date", "ui.form.servedDate", true);
        servedDate.setValue(context.today());
        servedDate.setMin(context.caseFile().filedDate());
        method = ServiceMethodSelect.create(this, "notice-method");
        fields.add(servedDate, method);
    }

    @Override
    AdvanceNotice payload() {
        return new AdvanceNotice(servedDate.getValue(), method.getValue());
    }
}

package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.StepPayload.AdvanceNotice;
import com.vaadin.flow.component.datepicker.DatePicker;

/** 行政处罚事先告知书 served: the method with its rule and the date it asks for (decision 0020). */
class AdvanceNoticeForm extends StepForm<AdvanceNotice> {

    final DatePicker servedDate;
    final ServiceMethodSelect.Fields service;

    AdvanceNoticeForm(FormContext context) {
        super(context);
        servedDate = date("notice-served-date", "ui.form.servedDate", true);
        servedDate.setValue(context.today());
        servedDate.setMin(context.caseFile().filedDate());
        service = new ServiceMethodSelect.Fields(this, fields, servedDate, "notice");
    }

    @Override
    AdvanceNotice payload() {
        return new AdvanceNotice(servedDate.getValue(), service.method.getValue(), null, null, service.reference(),
                service.reason());
    }
}

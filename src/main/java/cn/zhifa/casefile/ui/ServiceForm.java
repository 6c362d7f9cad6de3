package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.StepPayload.Service;
import com.vaadin.flow.component.datepicker.DatePicker;

/** 送达 of the decision: the method with its rule and the date it asks for (decision 0020). */
class ServiceForm extends StepForm<Service> {

    final DatePicker servedDate;
    final ServiceMethodSelect.Fields service;

    ServiceForm(FormContext context) {
        super(context);
        servedDate = date("service-served-date", "ui.form.servedDate", true);
        servedDate.setValue(context.today());
        servedDate.setMin(context.caseFile().decidedDate());
        service = new ServiceMethodSelect.Fields(this, fields, servedDate, "service");
    }

    @Override
    Service payload() {
        return new Service(servedDate.getValue(), service.method.getValue(), service.reference(), service.reason());
    }
}

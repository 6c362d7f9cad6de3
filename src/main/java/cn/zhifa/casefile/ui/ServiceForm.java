package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.ServiceMethod;
import cn.zhifa.casefile.StepPayload.Service;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;

/** 送达 of the decision: date and method. */
class ServiceForm extends StepForm<Service> {

    final DatePicker servedDate;
    final Select<ServiceMethod> method;

    ServiceForm(FormContext context) {
        super(context);
        servedDate = date("service-served-date", "ui.form.servedDate", true);
        servedDate.setValue(context.today());
        servedDate.setMin(context.caseFile().decidedDate());
        method = ServiceMethodSelect.create(this, "service-method");
        fields.add(servedDate, method);
    }

    @Override
    Service payload() {
        return new Service(servedDate.getValue(), method.getValue());
    }
}

package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.ServiceMethod;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;

/** 送达方式 select, defaulting to 直接送达. */
final class ServiceMethodSelect {
    private ServiceMethodSelect() {
    }

    static Select<ServiceMethod> create(Component owner, String id) {
        Select<ServiceMethod> method = new Select<>();
        method.setLabel(owner.getTranslation("ui.form.serviceMethod"));
        method.setItems(ServiceMethod.values());
        method.setItemLabelGenerator(m -> owner.getTranslation("ui.method." + m.name()));
        method.setValue(ServiceMethod.DIRECT);
        method.setRequiredIndicatorVisible(true);
        method.setId(id);
        return method;
    }
}

package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.LimitationClass;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The limitation facts of a lead (行政处罚法 Art. 36): the end of a continuing act and the 5-year classification;
 * left empty = a one-off act, the general 2 years.
 */
final class LimitationFields {

    final DatePicker actEnd;
    final Select<LimitationClass> limitationClass = new Select<>();

    LimitationFields(Component owner, String idPrefix, LocalDate today, Locale locale) {
        actEnd = Ui.datePicker(owner.getTranslation("ui.lead.actEndDate"), locale, owner.getTranslation("ui.today"),
                owner.getTranslation("ui.cancel"));
        actEnd.setMax(today);
        actEnd.setId(idPrefix + "-act-end-date");
        limitationClass.setLabel(owner.getTranslation("ui.lead.limitationClass"));
        limitationClass.setItems(LimitationClass.SAFETY_HARM);
        limitationClass.setEmptySelectionAllowed(true);
        limitationClass.setEmptySelectionCaption(owner.getTranslation("ui.limitation.class.GENERAL"));
        limitationClass.setItemLabelGenerator(c -> c == null ? owner.getTranslation("ui.limitation.class.GENERAL")
                : owner.getTranslation("ui.limitation.class." + c.name()));
        limitationClass.setId(idPrefix + "-limitation-class");
    }

    void show(LocalDate end, LimitationClass c) {
        actEnd.setValue(end);
        limitationClass.setValue(c == LimitationClass.SAFETY_HARM ? c : null);
    }

    void setVisible(boolean visible) {
        actEnd.setVisible(visible);
        limitationClass.setVisible(visible);
    }
}

package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.StepPayload.DocumentInput;
import cn.zhifa.casefile.StepPayload.Investigate;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** 调查取证: the facts found and the records made; a record without a title gets its type's document name. */
class InvestigateForm extends StepForm<Investigate> {

    static final List<String> DOC_TYPES = List.of("INVESTIGATION_RECORD", "INTERVIEW_RECORD", "PHOTO_EVIDENCE",
            "OTHER");
    /** Document names are legal titles: Chinese whatever the UI language. */
    static final Map<String, String> DOC_TITLES = Map.of("INVESTIGATION_RECORD", "现场检查笔录", "INTERVIEW_RECORD",
            "询问笔录", "PHOTO_EVIDENCE", "照片证据", "OTHER", "其他证据材料");

    final TextArea facts;
    /** On-site inspection with the party absent or refusing to sign (gated on audio-video evidence). */
    final Checkbox partyAbsent = new Checkbox(getTranslation("evidence.form.inspectionPartyAbsent"));
    final List<DocumentRow> rows = new ArrayList<>();
    private final VerticalLayout rowList = new VerticalLayout();

    InvestigateForm(FormContext context) {
        super(context);
        facts = text("investigate-facts", "ui.form.facts", true);
        facts.setMaxLength(4000);
        facts.setValue(context.caseFile().facts() == null ? "" : context.caseFile().facts());
        rowList.setPadding(false);
        rowList.setSpacing(false);
        Button add = new Button(getTranslation("ui.form.addDocument"), VaadinIcon.PLUS.create(), e -> addRow());
        add.setId("investigate-add-document");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addRow();
        fields.add(facts);
        partyAbsent.setId("investigate-party-absent");
        fields.add(partyAbsent);
        addComponentAtIndex(1, new VerticalLayout(rowList, add));
    }

    DocumentRow addRow() {
        DocumentRow row = new DocumentRow(rows.size());
        rows.add(row);
        rowList.add(row);
        row.remove.addClickListener(e -> {
            rows.remove(row);
            rowList.remove(row);
        });
        return row;
    }

    @Override
    Investigate payload() {
        List<DocumentInput> docs = new ArrayList<>();
        for (DocumentRow r : rows) {
            String type = r.type.getValue();
            String title = trim(r.title.getValue());
            if (type == null && title == null) {
                continue;
            }
            docs.add(new DocumentInput(type, title == null && type != null ? DOC_TITLES.get(type) : title));
        }
        return new Investigate(trim(facts.getValue()), docs, partyAbsent.getValue());
    }

    /** One record made during the investigation. */
    final class DocumentRow extends HorizontalLayout {
        final Select<String> type = new Select<>();
        final TextField title = new TextField();
        final Button remove = new Button(VaadinIcon.TRASH.create());

        DocumentRow(int index) {
            type.setLabel(getTranslation("ui.form.docType"));
            type.setItems(DOC_TYPES);
            type.setItemLabelGenerator(t -> getTranslation("ui.docType." + t));
            type.setId("investigate-doc-" + index + "-type");
            title.setLabel(getTranslation("ui.doc.title"));
            title.setPlaceholder(getTranslation("ui.form.docTitleDefault"));
            title.setMaxLength(200);
            title.setId("investigate-doc-" + index + "-title");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("ui.form.removeDocument"));
            setAlignItems(FlexComponent.Alignment.BASELINE);
            add(type, title, remove);
        }
    }
}

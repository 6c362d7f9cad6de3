package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.StepPayload.CorrectDocuments;
import cn.zhifa.casefile.StepPayload.DocumentInput;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** 整改/补正文书 after a "correct" review opinion: what was corrected and the document redone. */
class CorrectDocumentsForm extends StepForm<CorrectDocuments> {

    final TextArea correction;
    final TextField documentTitle = new TextField();

    CorrectDocumentsForm(FormContext context) {
        super(context);
        correction = text("correct-text", "review.correct.text", true);
        documentTitle.setLabel(getTranslation("review.correct.document"));
        documentTitle.setId("correct-document");
        documentTitle.setMaxLength(200);
        fields.add(correction, documentTitle);
    }

    @Override
    CorrectDocuments payload() {
        String title = trim(documentTitle.getValue());
        return new CorrectDocuments(trim(correction.getValue()),
                title == null ? List.of() : List.of(new DocumentInput("CORRECTED_DOCUMENT", title)));
    }
}

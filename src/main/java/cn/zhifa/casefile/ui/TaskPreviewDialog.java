package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.StepDocumentPreview;
import cn.zhifa.casefile.StepPayload;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.Ui;
import cn.zhifa.tasks.InboxTask;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * 预览文书: the documents a task would generate from the form's values as they are, each as a PDF to open in a new
 * tab (the application may not be framed, so nothing is shown inline). Nothing is stored and no number is consumed ({@link StepDocumentPreview}); a refused step shows the
 * refusal as submitting would.
 */
final class TaskPreviewDialog {

    private TaskPreviewDialog() {
    }

    static void open(StepDocumentPreview previews, Messages messages, InboxTask task, StepPayload payload) {
        List<StepDocumentPreview.Preview> docs;
        try {
            docs = previews.preview(CurrentActor.get(), task.taskId(), payload);
        } catch (DomainException e) {
            Ui.refused(messages, e);
            return;
        }
        Dialog d = new Dialog();
        d.setId("task-preview-dialog");
        d.setHeaderTitle(d.getTranslation("documents.preview.title"));
        d.setWidth("min(60em, 95vw)");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        if (docs.isEmpty()) {
            Span none = new Span(d.getTranslation("documents.preview.none"));
            none.setId("task-preview-none");
            body.add(none);
        }
        for (StepDocumentPreview.Preview p : docs) {
            byte[] pdf = p.pdf();
            StreamResource file = new StreamResource(p.docType() + "-preview.pdf",
                    () -> new ByteArrayInputStream(pdf));
            file.setContentType("application/pdf");
            Anchor open = new Anchor(file, Ui.text(cn.zhifa.casefile.DocumentKind.storedTitle(p.docType(), p.title())) + " · " + d.getTranslation("documents.preview.open"));
            open.setTarget("_blank");
            open.addClassName("task-preview-document");
            open.getElement().setAttribute("data-type", p.docType());
            body.add(open);
        }
        d.add(body);
        Button close = new Button(d.getTranslation("documents.preview.close"), e -> d.close());
        close.setId("task-preview-close");
        d.getFooter().add(close);
        d.open();
    }
}

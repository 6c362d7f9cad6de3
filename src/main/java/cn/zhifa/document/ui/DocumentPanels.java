package cn.zhifa.document.ui;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.ui.CasePanels;
import cn.zhifa.document.DocumentService;
import cn.zhifa.document.DocumentType;
import cn.zhifa.document.GeneratedDocument;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/**
 * The workspace's 文书 section: every generated document (number, version, time) with its PDF and Word downloads
 * (and a print page for the on-the-spot decision), documents still being generated, and the 卷宗 PDF.
 */
@org.springframework.stereotype.Component
@Order(5)
class DocumentPanels implements CasePanels {

    private final DocumentService documents;

    DocumentPanels(DocumentService documents) {
        this.documents = documents;
    }

    /** The timeline's and the register's document links: each registered document's latest PDF. */
    @Override
    public java.util.Map<Long, String> documentLinks(Actor actor, CaseFile caseFile) {
        java.util.Map<Long, String> links = new java.util.HashMap<>();
        documents.list(actor, caseFile.id())
                .forEach(d -> links.put(d.documentId(), "document-files/" + d.versionId() + "/pdf?download=false"));
        return links;
    }

    @Override
    public Optional<Component> workspaceSection(Actor actor, CaseFile caseFile) {
        List<GeneratedDocument> docs = documents.list(actor, caseFile.id());
        int pending = documents.pending(actor, caseFile.id()).size();
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        box.setId("documents-section");
        box.add(new H3(box.getTranslation("documents.section") + "（" + docs.size() + "）"));
        if (docs.isEmpty()) {
            box.add(new Span(box.getTranslation("documents.none")));
        }
        for (GeneratedDocument d : docs) {
            Div row = new Div();
            row.addClassName("document-row");
            row.getElement().setAttribute("data-type", d.type().name());
            Anchor pdf = new Anchor("document-files/" + d.versionId() + "/pdf", "PDF");
            pdf.getElement().setAttribute("download", true);
            pdf.addClassName("document-pdf");
            pdf.setRouterIgnore(true);
            Anchor docx = new Anchor("document-files/" + d.versionId() + "/docx", "Word");
            docx.getElement().setAttribute("download", true);
            docx.addClassName("document-docx");
            docx.setRouterIgnore(true);
            String name = Ui.text(cn.zhifa.casefile.DocumentKind.storedTitle(d.type().name(), d.title()));
            Span title = new Span(name + (d.docNo() == null ? "" : " " + d.docNo())
                    + (d.version() > 1 ? " · v" + d.version() + "（" + d.reason() + "）" : ""));
            title.addClassName("document-title");
            // when and the files stay together on one line (on a phone: under the title)
            Span meta = new Span(new Span(Ui.dateTime(d.createdAt()) + " · "), pdf, new Span(" · "), docx);
            meta.addClassName("document-meta");
            row.add(title, meta);
            if (d.type() == DocumentType.SUMMARY_DECISION) {
                Anchor print = new Anchor("document-files/" + d.versionId() + "/print",
                        box.getTranslation("documents.print"));
                print.setTarget("_blank");
                print.setRouterIgnore(true);
                meta.add(new Span(" · "), print);
            }
            box.add(row);
        }
        if (pending > 0) {
            box.add(new Span(box.getTranslation("documents.pending", pending)));
        }
        Anchor dossier = new Anchor("document-files/cases/" + caseFile.id() + "/dossier",
                box.getTranslation("documents.dossier"));
        dossier.getElement().setAttribute("download", true);
        dossier.setId("documents-dossier");
        dossier.setRouterIgnore(true);
        box.add(dossier);
        return Optional.of(box);
    }
}

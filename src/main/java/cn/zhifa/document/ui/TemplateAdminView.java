package cn.zhifa.document.ui;

import cn.zhifa.document.DocumentData;
import cn.zhifa.document.DocumentTemplates;
import cn.zhifa.document.DocumentType;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.Ui;
import cn.zhifa.shared.ui.UploadTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * 文书模板: the document types with the template in use (0 = shipped default, else the unit's version), download of
 * the one in use to edit in Word, upload of the unit's new version (refusals name the template and the offending
 * placeholder; nothing is stored then), and the placeholders a template may use.
 */
@Route(value = "admin/document-templates", layout = MainLayout.class)
@Menu(title = "documents.templates.title", order = 16, icon = "vaadin:file-text-o")
@RolesAllowed("ADMIN")
class TemplateAdminView extends VerticalLayout implements HasDynamicTitle {

    private final DocumentTemplates templates;
    private final Messages messages;
    private final Grid<DocumentTemplates.TemplateInfo> grid = new Grid<>();
    private final Select<DocumentType> type = new Select<>();
    private final Anchor download = new Anchor();
    private final AtomicReference<byte[]> uploaded = new AtomicReference<>();
    private final AtomicReference<String> uploadedName = new AtomicReference<>();

    TemplateAdminView(DocumentTemplates templates, Messages messages) {
        this.templates = templates;
        this.messages = messages;
        addClassName("zhifa-view");
        add(new H2(getTranslation("documents.templates.title")));
        type.setLabel(getTranslation("documents.templates.type"));
        type.setItems(DocumentType.values());
        type.setItemLabelGenerator(DocumentType::title);
        type.setValue(DocumentType.DECISION);
        type.setId("template-type");
        type.addValueChangeListener(e -> refreshDownload());
        download.setText(getTranslation("documents.templates.download"));
        download.setId("template-download");
        download.setRouterIgnore(true);
        download.getElement().setAttribute("download", true);
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            uploaded.set(bytes);
            uploadedName.set(meta.fileName());
        }));
        upload.setId("template-upload");
        UploadTexts.apply(upload, this, null);
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".docx");
        Button save = new Button(getTranslation("documents.templates.upload"), e -> save(upload));
        save.setId("template-save");
        add(new HorizontalLayout(type, download), upload, save);
        grid.addColumn(t -> typeName(t.type())).setHeader(getTranslation("documents.templates.type"));
        grid.addColumn(DocumentTemplates.TemplateInfo::version).setHeader(getTranslation("documents.templates.version"));
        grid.addColumn(DocumentTemplates.TemplateInfo::fileName);
        grid.addColumn(t -> t.uploadedAt() == null ? "" : Ui.dateTime(t.uploadedAt()));
        grid.setId("template-grid");
        add(grid);
        add(new H3(getTranslation("documents.templates.fields")));
        add(new Paragraph(DocumentData.FIELDS.entrySet().stream().map(f -> "{{" + f.getKey() + "}} " + f.getValue())
                .collect(Collectors.joining("；"))));
        refresh();
        refreshDownload();
    }

    private void save(Upload upload) {
        byte[] bytes = uploaded.get();
        if (bytes == null) {
            Ui.error(getTranslation("document.template.notWord", "—"));
            return;
        }
        try {
            DocumentTemplates.TemplateInfo t = templates.upload(CurrentActor.get(), type.getValue(),
                    uploadedName.get(), bytes);
            Ui.success(getTranslation("documents.templates.uploaded", typeName(t.type()), t.version()));
            refresh();
        } catch (DomainException ex) {
            Ui.refused(messages, ex);
        } finally {
            uploaded.set(null);
            upload.clearFileList();
        }
    }

    private void refresh() {
        grid.setItems(templates.list(CurrentActor.get()));
    }

    private void refreshDownload() {
        download.setHref("document-files/templates/" + type.getValue().name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("documents.templates.title") + " · " + getTranslation("app.name");
    }

    /** The type's name in the UI's language (decision 0033). */
    private static String typeName(DocumentType type) {
        return Ui.text(cn.zhifa.casefile.DocumentKind.storedTitle(type.name(), type.title()));
    }
}

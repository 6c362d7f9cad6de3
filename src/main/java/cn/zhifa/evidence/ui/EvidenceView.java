package cn.zhifa.evidence.ui;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.evidence.AvAct;
import cn.zhifa.evidence.Evidence;
import cn.zhifa.evidence.EvidenceKind;
import cn.zhifa.evidence.EvidenceService;
import cn.zhifa.evidence.NewEvidence;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.UserAccount;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.Ui;
import cn.zhifa.shared.ui.UploadTexts;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 证据库 of one case: an upload form with the metadata (streamed into the vault, never held in memory), the gallery
 * with thumbnails, and a preview dialog (image, video and audio players, PDF); opening the gallery, every preview
 * and every download are entries of the case's record.
 */
@Route(value = "cases/:id/evidence", layout = MainLayout.class)
@PermitAll
class EvidenceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EvidenceService evidence;
    private final CaseFileService cases;
    private final OrganizationService organization;
    private final Messages messages;
    private final Clock clock;
    private final Div gallery = new Div();
    private Actor actor;
    private CaseFile caseFile;
    /** The actor may add, annotate and withdraw evidence of this case (a handler; the service checks again). */
    private boolean mayAdd;
    private List<UserAccount> unitUsers;
    private String title = "";
    /** The metadata entered so far, read by the upload request (which runs outside the UI lock). */
    private volatile NewEvidence pending;

    EvidenceView(EvidenceService evidence, CaseFileService cases, OrganizationService organization,
            Messages messages, Clock clock) {
        this.evidence = evidence;
        this.cases = cases;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
        addClassName("zhifa-view");
        gallery.setId("evidence-gallery");
        gallery.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        unitUsers = null;
        actor = CurrentActor.get();
        List<Evidence> items;
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            caseFile = cases.get(actor, id);
            items = evidence.openGallery(actor, id);
        } catch (NumberFormatException e) {
            add(new Paragraph(getTranslation("ui.case.notFound")));
            return;
        } catch (DomainException e) {
            Paragraph p = new Paragraph(messages.of(e, Ui.locale()));
            p.setId("evidence-not-found");
            add(p);
            return;
        }
        String caseName = caseFile.caseNo() == null ? getTranslation("ui.case.leadNo", String.valueOf(caseFile.id()))
                : caseFile.caseNo();
        title = getTranslation("evidence.ui.title", caseName);
        add(new H2(title), new Anchor("cases/" + caseFile.id(), getTranslation("evidence.ui.back")));
        mayAdd = evidence.mayAdd(actor, caseFile.id());
        if (mayAdd) {
            add(section("evidence.ui.upload"), uploadForm());
        }
        add(section("evidence.ui.gallery"), gallery);
        showGallery(items);
    }

    // ---- upload ----------------------------------------------------------------------------------------------

    private Component uploadForm() {
        Select<EvidenceKind> kind = new Select<>();
        kind.setId("evidence-kind");
        kind.setLabel(getTranslation("evidence.ui.kind"));
        kind.setItems(EvidenceKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("evidence.kind." + k.name()));
        DateTimePicker capturedAt = new DateTimePicker(getTranslation("evidence.ui.capturedAt"));
        capturedAt.setId("evidence-captured-at");
        capturedAt.setLocale(Ui.locale());
        capturedAt.setValue(LocalDateTime.now(clock).withSecond(0).withNano(0));
        capturedAt.setMax(LocalDateTime.now(clock));
        MultiSelectComboBox<UserAccount> officers = new MultiSelectComboBox<>(getTranslation("evidence.ui.officers"));
        officers.setId("evidence-officers");
        // only the case's handlers holding a valid 执法证 may be declared present (the service refuses others)
        List<UserAccount> present = evidence.presentCandidates(actor, caseFile.id(), LocalDateTime.now(clock)
                .toLocalDate());
        officers.setItems(present);
        officers.setItemLabelGenerator(UserAccount::displayName);
        present.stream().filter(u -> u.id() == actor.userId()).forEach(officers::select);
        TextField device = new TextField(getTranslation("evidence.ui.device"));
        device.setId("evidence-device");
        device.setMaxLength(64);
        BigDecimalField latitude = new BigDecimalField(getTranslation("evidence.ui.latitude"));
        BigDecimalField longitude = new BigDecimalField(getTranslation("evidence.ui.longitude"));
        TextArea description = new TextArea(getTranslation("evidence.ui.description"));
        description.setId("evidence-description");
        ComboBox<AvAct> act = new ComboBox<>(getTranslation("evidence.ui.act"));
        act.setId("evidence-act");
        act.setItems(AvAct.values());
        act.setItemLabelGenerator(a -> getTranslation("evidence.act." + a.name()));
        act.setClearButtonVisible(true);

        // typed text reaches the server with every keystroke: a file dropped right after typing (no blur, so no
        // change event) must still carry the 说明 and the device the officer sees in the form
        for (HasValueChangeMode field : List.of(device, latitude, longitude, description)) {
            field.setValueChangeMode(ValueChangeMode.EAGER);
        }
        Runnable snapshot = () -> pending = new NewEvidence(kind.getValue(), null, capturedAt.getValue(),
                officers.getValue().stream().map(UserAccount::id).toList(), device.getValue(), latitude.getValue(),
                longitude.getValue(), description.getValue(), null, act.getValue(), null);
        kind.addValueChangeListener(e -> snapshot.run());
        capturedAt.addValueChangeListener(e -> snapshot.run());
        officers.addValueChangeListener(e -> snapshot.run());
        device.addValueChangeListener(e -> snapshot.run());
        latitude.addValueChangeListener(e -> snapshot.run());
        longitude.addValueChangeListener(e -> snapshot.run());
        description.addValueChangeListener(e -> snapshot.run());
        act.addValueChangeListener(e -> snapshot.run());
        snapshot.run();

        Actor uploader = actor;
        long caseId = caseFile.id();
        Upload upload = new Upload();
        UploadHandler handler = event -> {
            NewEvidence m = pending;
            NewEvidence meta = new NewEvidence(m.kind(), event.getFileName(), m.capturedAt(), m.officerIds(),
                    m.device(), m.latitude(), m.longitude(), m.description(), null, m.act(), null);
            UI ui = event.getUI();
            try (InputStream in = event.getInputStream()) {
                Evidence stored = evidence.ingest(uploader, caseId, meta, in);
                ui.access(() -> {
                    Ui.success(getTranslation("evidence.ui.uploaded", stored.fileName()));
                    showGallery(evidence.list(uploader, caseId));
                    // the form takes one file at a time: stored, it leaves the list so the next one can be dropped
                    upload.clearFileList();
                });
            } catch (DomainException e) {
                ui.access(() -> Ui.refused(messages, e));
                throw new IOException(e.getMessage(), e);
            }
        };
        upload.setUploadHandler(handler);
        upload.setId("evidence-upload");
        upload.setMaxFiles(1);
        upload.setDropLabel(new Span(getTranslation("evidence.ui.drop")));
        UploadTexts.apply(upload, this, "evidence.ui.addFile");

        FormLayout form = new FormLayout(kind, capturedAt, officers, device, latitude, longitude, act, description);
        form.setColspan(description, 2);
        VerticalLayout box = new VerticalLayout(form, upload);
        box.setPadding(false);
        box.setId("evidence-upload-form");
        return box;
    }

    // ---- gallery and preview ---------------------------------------------------------------------------------

    private void showGallery(List<Evidence> items) {
        gallery.removeAll();
        if (items.isEmpty()) {
            Span empty = new Span(getTranslation("evidence.ui.empty"));
            empty.setId("evidence-empty");
            gallery.add(empty);
        }
        for (Evidence e : items) {
            gallery.add(tile(e));
        }
    }

    private Component tile(Evidence e) {
        Div tile = new Div();
        tile.addClassName("evidence-tile");
        tile.setId("evidence-tile-" + e.id());
        tile.getStyle().set("width", "220px").set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s)");
        Component thumb;
        if (e.isImage()) {
            Image img = new Image(url(e, "thumbnail=true"), e.fileName());
            img.setWidth("200px");
            img.setHeight("140px");
            img.getStyle().set("object-fit", "cover");
            thumb = img;
        } else {
            Div box = new Div(new Span(getTranslation("evidence.kind." + e.kind().name())));
            box.getStyle().set("width", "200px").set("height", "140px").set("display", "flex")
                    .set("align-items", "center").set("justify-content", "center")
                    .set("background", "var(--lumo-contrast-5pct)");
            thumb = box;
        }
        Span name = new Span(e.fileName());
        name.addClassName("evidence-name");
        Span meta = new Span(getTranslation("evidence.kind." + e.kind().name()) + " · " + Ui.dateTime(e.capturedAt())
                + " · " + size(e.size()));
        meta.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Span officers = new Span(getTranslation("evidence.ui.officers") + Ui.colon()
                + String.join("、", e.officers().stream().map(Evidence.Officer::name).toList()));
        officers.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Span hash = new Span("SHA-256 " + e.sha256().substring(0, 16) + "…");
        hash.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("font-family", "monospace");
        Button preview = new Button(getTranslation("evidence.ui.preview"), click -> preview(e));
        preview.setId("evidence-preview-" + e.id());
        Anchor download = new Anchor(url(e, "download=true"), getTranslation("evidence.ui.download"));
        download.getElement().setAttribute("download", true);
        download.setId("evidence-download-" + e.id());
        download.setRouterIgnore(true);
        HorizontalLayout actions = new HorizontalLayout(preview, download);
        VerticalLayout v = new VerticalLayout(thumb, name);
        if (e.originalFileName() != null) {
            Span original = new Span(getTranslation("evidence.ui.originalName", e.originalFileName()));
            original.getStyle().set("font-size", "var(--lumo-font-size-xs)");
            v.add(original);
        }
        v.add(meta, officers);
        if (e.description() != null && !e.description().isBlank()) {
            Span description = new Span(getTranslation("evidence.ui.description") + Ui.colon() + e.description());
            description.addClassName("evidence-description");
            description.getStyle().set("font-size", "var(--lumo-font-size-s)");
            v.add(description);
        }
        v.add(hash);
        if (e.withdrawn()) {
            Span w = new Span(getTranslation("evidence.ui.withdrawn", e.withdrawnByName(),
                    Ui.dateTime(e.withdrawnAt()), e.withdrawalReason()));
            w.setId("evidence-withdrawn-" + e.id());
            w.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
            v.add(w);
            tile.getStyle().set("opacity", "0.7");
        } else {
            // 补正说明, 移交, 撤回 — each a dialog through the service, the gallery read again after
            actions.setWrap(true);
            new EvidenceActions(this, evidence, messages, actor,
                    () -> showGallery(evidence.list(actor, caseFile.id())))
                    .buttons(e, mayAdd, unitUsers()).forEach(actions::add);
        }
        v.add(actions);
        v.setPadding(false);
        v.setSpacing(false);
        tile.add(v);
        return tile;
    }

    /** The users of the case's unit (移交 candidates), read once per page. */
    private List<UserAccount> unitUsers() {
        if (unitUsers == null) {
            unitUsers = organization.users(caseFile.unitId());
        }
        return unitUsers;
    }

    private void preview(Evidence e) {
        Dialog d = new Dialog();
        d.setId("evidence-preview-dialog");
        d.setHeaderTitle(e.fileName());
        String src = url(e, null);
        Component player;
        if (e.isImage()) {
            Image img = new Image(src, e.fileName());
            img.setId("evidence-preview-image");
            img.setMaxWidth("80vw");
            img.setMaxHeight("70vh");
            player = img;
        } else if (e.mediaType().startsWith("video/") || e.mediaType().startsWith("audio/")) {
            boolean video = e.mediaType().startsWith("video/");
            Div holder = new Div();
            Element media = new Element(video ? "video" : "audio");
            media.setAttribute("controls", true);
            media.setAttribute("preload", "metadata");
            media.setAttribute("src", src);
            media.setAttribute("id", "evidence-preview-" + (video ? "video" : "audio"));
            media.getStyle().set("max-width", "80vw").set("max-height", "70vh");
            holder.getElement().appendChild(media);
            player = holder;
        } else if (e.mediaType().equals("application/pdf")) {
            IFrame pdf = new IFrame(src);
            pdf.setId("evidence-preview-pdf");
            pdf.setWidth("80vw");
            pdf.setHeight("70vh");
            player = pdf;
        } else {
            player = new Paragraph(getTranslation("evidence.ui.noPreview"));
        }
        VerticalLayout details = new VerticalLayout(player,
                new Span(getTranslation("evidence.ui.sha256") + Ui.colon() + e.sha256()),
                new Span(getTranslation("evidence.ui.custodian") + Ui.colon() + e.custodianName() + " · "
                        + getTranslation("evidence.ui.uploadedBy") + Ui.colon() + e.uploadedByName()),
                new Span(getTranslation("evidence.ui.device") + Ui.colon() + Ui.orDash(e.device())),
                new Span(getTranslation("evidence.ui.description") + Ui.colon() + Ui.orDash(e.description())));
        details.setPadding(false);
        d.add(details);
        Button close = new Button(getTranslation("evidence.ui.close"), (ClickEvent<Button> c) -> d.close());
        close.setId("evidence-preview-close");
        d.getFooter().add(close);
        d.open();
    }

    /** The content URL for the screens (session login; the server records the opening). */
    private static String url(Evidence e, String query) {
        return "evidence-files/" + e.id() + (query == null ? "" : "?" + query);
    }

    private static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, bytes / 1024) + " KB";
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private H3 section(String key) {
        H3 h = new H3(getTranslation(key));
        h.addClassName("zhifa-section-title");
        return h;
    }
}

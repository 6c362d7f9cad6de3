package cn.zhifa.calendar.ui;

import cn.zhifa.calendar.CalendarAdminService;
import cn.zhifa.calendar.CalendarChange;
import cn.zhifa.calendar.CalendarInputException;
import cn.zhifa.calendar.DayKind;
import cn.zhifa.calendar.WorkingDayCalendar;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.Ui;
import cn.zhifa.shared.ui.UploadTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

/**
 * 节假日日历: the official working-day calendar of a year (12-month view), the warning about years without official
 * data, ICS import and export, single-day changes with a reason, and the change log (who, when, why, old → new).
 */
@Route(value = "admin/calendar", layout = MainLayout.class)
@Menu(title = "ui.nav.calendar", order = 13, icon = "vaadin:calendar")
@RolesAllowed("ADMIN")
class CalendarAdminView extends VerticalLayout implements HasDynamicTitle {

    /** Largest ICS file accepted (the State Council notice is a few kilobytes). */
    static final int MAX_ICS_BYTES = 1024 * 1024;
    static final int FIRST_YEAR = 2024;

    private final CalendarAdminService admin;
    private final WorkingDayCalendar calendar;
    private final Messages messages;
    private final Select<Integer> year = new Select<>();
    private final Div missing = new Div();
    private final Div unconfirmed = new Div();
    private final Div yearHolder = new Div();
    private final Grid<CalendarChange> changes = new Grid<>();
    private final AtomicReference<byte[]> uploaded = new AtomicReference<>();
    private final Anchor export = new Anchor();

    CalendarAdminView(CalendarAdminService admin, WorkingDayCalendar calendar, Messages messages, Clock clock) {
        this.admin = admin;
        this.calendar = calendar;
        this.messages = messages;
        addClassName("zhifa-view");

        missing.setId("calendar-missing-years");
        missing.addClassName("zhifa-banner-warning");
        unconfirmed.setId("calendar-unconfirmed");
        unconfirmed.addClassName("zhifa-banner-warning");
        yearHolder.setWidthFull();

        int thisYear = LocalDate.now(clock).getYear();
        int lastYear = Math.max(2027, thisYear + 1);
        year.setId("calendar-year");
        year.setLabel(getTranslation("ui.calendar.year"));
        year.setItems(IntStream.rangeClosed(FIRST_YEAR, lastYear).boxed().toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(Math.min(Math.max(thisYear, FIRST_YEAR), lastYear));
        year.addValueChangeListener(e -> refresh());

        export.setId("calendar-export");
        export.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("ui.calendar.export")));
        export.getElement().setAttribute("download", true);

        HorizontalLayout toolbar = new HorizontalLayout(year, export);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        changes.setId("calendar-changes");
        changes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.addColumn(c -> Ui.dateTime(c.changedAt())).setHeader(getTranslation("ui.calendar.changedAt"))
                .setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(c -> c.date().toString()).setHeader(getTranslation("ui.calendar.date")).setAutoWidth(true)
                .setFlexGrow(0);
        changes.addColumn(c -> getTranslation("calendar.day." + c.oldKind()) + " → "
                + getTranslation("calendar.day." + c.newKind())).setHeader(getTranslation("ui.calendar.change"))
                .setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(c -> c.bySystem() ? getTranslation("ui.record.system") : c.changedBy())
                .setHeader(getTranslation("ui.calendar.changedBy"))
                .setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(c -> c.seeded() ? getTranslation("ui.calendar.seedReason") : c.reason())
                .setHeader(getTranslation("ui.clock.reason")).setFlexGrow(1);
        changes.setHeight("24em"); // the seeded year alone has ~30 entries: scroll inside, newest first
        changes.setEmptyStateText(getTranslation("ui.none"));

        add(new H2(getTranslation("ui.calendar.title")), missing, toolbar, unconfirmed, legend(), yearHolder,
                section("ui.calendar.setDay"), dayForm(), section("ui.calendar.import"), importForm(),
                section("ui.calendar.changes"), changes);
        refresh();
    }

    private Div legend() {
        Div legend = new Div();
        legend.addClassName("zhifa-calendar-legend");
        for (DayCell cell : DayCell.values()) {
            Span swatch = new Span(getTranslation("ui.calendar.cell." + cell.name()));
            swatch.addClassNames("zhifa-day", cell.cssClass(), "zhifa-legend-item");
            legend.add(swatch);
        }
        return legend;
    }

    private H3 section(String key) {
        H3 h = new H3(getTranslation(key));
        h.addClassName("zhifa-section-title");
        return h;
    }

    private HorizontalLayout dayForm() {
        DatePicker date = Ui.datePicker(getTranslation("ui.calendar.date"), Ui.locale(), getTranslation("ui.today"),
                getTranslation("ui.cancel"));
        date.setId("calendar-day-date");
        date.setRequiredIndicatorVisible(true);
        Select<DayKind> kind = new Select<>();
        kind.setId("calendar-day-kind");
        kind.setLabel(getTranslation("ui.calendar.kind"));
        kind.setItems(DayKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("calendar.day." + k.name()));
        kind.setRequiredIndicatorVisible(true);
        TextField reason = new TextField(getTranslation("ui.calendar.reason"));
        reason.setId("calendar-day-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        reason.setWidth("24em");
        date.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                kind.setValue(calendar.snapshot().kind(e.getValue()));
            }
        });
        Button save = new Button(getTranslation("ui.save"), e -> {
            boolean ok = require(date.getValue() != null, date) & require(kind.getValue() != null, kind)
                    & require(!reason.getValue().isBlank(), reason);
            if (!ok) {
                return;
            }
            try {
                boolean changed = admin.setDay(CurrentActor.get(), date.getValue(), kind.getValue(), reason.getValue());
                if (changed) {
                    Ui.success(getTranslation("ui.calendar.daySaved", date.getValue().toString()));
                    reason.clear();
                    reason.setInvalid(false);
                } else {
                    Ui.success(getTranslation("ui.calendar.dayUnchanged"));
                }
                if (date.getValue().getYear() != year.getValue()) {
                    year.setValue(date.getValue().getYear()); // refreshes
                } else {
                    refresh();
                }
            } catch (DomainException ex) {
                Ui.refused(messages, ex);
            } catch (CalendarInputException ex) {
                Ui.error(getTranslation("ui.calendar.refused", ex.key() == null ? ex.getMessage()
                        : getTranslation(ex.key(), ex.args())));
            }
        });
        save.setId("calendar-day-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(date, kind, reason, save);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        return form;
    }

    private VerticalLayout importForm() {
        Span file = new Span(getTranslation("ui.calendar.noFile"));
        file.setId("calendar-upload-file");
        file.addClassName("zhifa-muted");
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            // server-side size check too: the client limit can be bypassed
            uploaded.set(bytes.length > MAX_ICS_BYTES ? null : bytes);
        }));
        upload.setId("calendar-upload");
        UploadTexts.apply(upload, this, "ui.calendar.chooseIcs");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_ICS_BYTES);
        upload.setAcceptedFileTypes(".ics", "text/calendar");
        upload.addSucceededListener(e -> file.setText(uploaded.get() == null
                ? getTranslation("ui.calendar.tooLarge") : e.getFileName() + "（" + e.getContentLength() + " B）"));
        upload.addFileRejectedListener(e -> Ui.error(getTranslation("ui.calendar.rejected", e.getErrorMessage())));
        upload.addFileRemovedListener(e -> {
            uploaded.set(null);
            file.setText(getTranslation("ui.calendar.noFile"));
        });
        TextField reason = new TextField(getTranslation("ui.calendar.reason"));
        reason.setId("calendar-import-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        reason.setWidth("24em");
        Button run = new Button(getTranslation("ui.calendar.importRun"), VaadinIcon.UPLOAD.create(), e -> {
            byte[] bytes = uploaded.get();
            if (bytes == null) {
                Ui.error(getTranslation("ui.calendar.noFile"));
                return;
            }
            if (!require(!reason.getValue().isBlank(), reason)) {
                return;
            }
            try {
                CalendarAdminService.ImportResult r = admin.importIcs(CurrentActor.get(),
                        new ByteArrayInputStream(bytes), year.getValue(), reason.getValue());
                Ui.success(getTranslation("ui.calendar.imported", String.valueOf(r.year()), r.holidays(),
                        r.makeupWorkdays(), r.changedDays()));
                uploaded.set(null);
                upload.clearFileList();
                file.setText(getTranslation("ui.calendar.noFile"));
                reason.clear();
                reason.setInvalid(false);
                refresh();
            } catch (DomainException ex) {
                Ui.refused(messages, ex);
            } catch (CalendarInputException ex) {
                Ui.error(getTranslation("ui.calendar.refused", ex.key() == null ? ex.getMessage()
                        : getTranslation(ex.key(), ex.args())));
            }
        });
        run.setId("calendar-import");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Span hint = new Span(getTranslation("ui.calendar.importHint"));
        hint.addClassName("zhifa-muted");
        HorizontalLayout row = new HorizontalLayout(reason, run);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout form = new VerticalLayout(hint, upload, file, row);
        form.setPadding(false);
        return form;
    }

    private static boolean require(boolean ok, com.vaadin.flow.component.HasValidation field) {
        field.setInvalid(!ok);
        return ok;
    }

    private void refresh() {
        int y = year.getValue();
        List<Integer> missingYears = admin.yearsMissingData();
        missing.setText(getTranslation("ui.calendar.missingYears",
                String.join("、", missingYears.stream().map(String::valueOf).toList())));
        missing.setVisible(!missingYears.isEmpty());
        unconfirmed.setText(getTranslation("ui.calendar.unconfirmed", String.valueOf(y)));
        unconfirmed.setVisible(!calendar.isConfirmed(y));
        yearHolder.removeAll();
        yearHolder.add(new YearView(y, calendar.snapshot()));
        changes.setItems(admin.changes(y).stream()
                .sorted(Comparator.comparing(CalendarChange::changedAt).thenComparing(CalendarChange::id).reversed())
                .toList());
        export.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] ics = admin.exportIcs(y);
            return new DownloadResponse(new ByteArrayInputStream(ics), "zhifa-calendar-" + y + ".ics",
                    "text/calendar", ics.length);
        }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ui.calendar.title") + " · " + getTranslation("app.name");
    }
}

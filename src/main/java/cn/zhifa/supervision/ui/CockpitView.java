package cn.zhifa.supervision.ui;

import cn.zhifa.casefile.ui.CaseFileNavigation;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.Unit;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.MainLayout;
import cn.zhifa.shared.ui.Ui;
import cn.zhifa.supervision.Cockpit.Chart;
import cn.zhifa.supervision.Cockpit.DrillRow;
import cn.zhifa.supervision.Cockpit.Figure;
import cn.zhifa.supervision.Cockpit.Figures;
import cn.zhifa.supervision.Cockpit.Row;
import cn.zhifa.supervision.CockpitService;
import cn.zhifa.supervision.PreAuditJob;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.button.Button;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 驾驶舱: the supervisors' and heads' landing page. Each chart is an ECharts instance (the WebJar's static script,
 * driven with executeJs — no npm build); a click on a bar or slice lists the cases behind it; every chart and every
 * list downloads as CSV. Supervisors see every unit (or one); heads their own unit.
 */
@Route(value = "supervision/cockpit", layout = MainLayout.class)
@Menu(title = "sv.nav.cockpit", order = 0.5, icon = "vaadin:dashboard")
@RolesAllowed({"SUPERVISOR", "ADMIN", "HEAD", "PRINCIPAL_HEAD"})
class CockpitView extends VerticalLayout implements HasDynamicTitle {

    static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CockpitService cockpit;
    private final Messages messages;
    private final Map<Long, String> unitNames;
    private final Select<Unit> unit = new Select<>();
    private final Div charts = new Div();
    private final H3 drillTitle = new H3();
    private final Grid<DrillRow> drill = new Grid<>();
    private final HorizontalLayout drillBar = new HorizontalLayout();
    private Figures figures;

    CockpitView(CockpitService cockpit, PreAuditJob job, OrganizationService organization, Messages messages) {
        this.cockpit = cockpit;
        this.messages = messages;
        addClassName("zhifa-view");
        setWidthFull();
        Actor actor = CurrentActor.get();
        List<Unit> units = organization.units();
        unitNames = units.stream().collect(Collectors.toMap(Unit::id, Unit::name));

        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("sv.cockpit.title")));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (actor.seesAllUnits()) {
            unit.setId("cockpit-unit");
            unit.setLabel(getTranslation("ui.admin.unit"));
            unit.setItems(units);
            unit.setItemLabelGenerator(u -> u == null ? getTranslation("ui.supervision.allUnits") : u.name());
            unit.setEmptySelectionAllowed(true);
            unit.setEmptySelectionCaption(getTranslation("ui.supervision.allUnits"));
            unit.addValueChangeListener(e -> refresh());
            header.add(unit);
        } else {
            Span own = new Span(getTranslation("ui.supervision.ownUnit", unitNames.getOrDefault(actor.unitId(), "")));
            own.addClassName("zhifa-muted");
            header.add(own);
        }
        Button reload = new Button(getTranslation("ui.inbox.refresh"), VaadinIcon.REFRESH.create(), e -> refresh());
        reload.setId("cockpit-refresh");
        header.add(reload);

        charts.setId("cockpit-charts");
        charts.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fill, minmax(420px, 1fr))")
                .set("gap", "var(--lumo-space-m)").set("width", "100%");

        drillTitle.setId("drill-title");
        drill.setId("drill-grid");
        drill.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        drill.addComponentColumn(r -> CaseFileNavigation.caseLink(r.caseNo() == null ? String.valueOf(r.caseId())
                : r.caseNo(), r.caseId())).setHeader(getTranslation("ui.col.caseNo")).setAutoWidth(true);
        drill.addColumn(r -> unitNames.getOrDefault(r.unitId(), Ui.DASH)).setHeader(getTranslation("ui.admin.unit"))
                .setAutoWidth(true);
        drill.addColumn(r -> Ui.orDash(r.partyName())).setHeader(getTranslation("ui.col.party"));
        drill.addColumn(DrillRow::stage).setHeader(getTranslation("sv.cockpit.stage")).setAutoWidth(true);
        drill.addColumn(DrillRow::detail).setHeader(getTranslation("sv.cockpit.detail")).setAutoWidth(true);
        drill.addColumn(r -> Ui.date(r.date())).setHeader(getTranslation("sv.cockpit.date")).setAutoWidth(true);
        drill.setAllRowsVisible(true);
        drill.setVisible(false);
        drillBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        drillBar.add(drillTitle);

        add(header);
        if (AuditJobPanel.mayUse(actor)) {
            add(new AuditJobPanel(job, cockpit, messages, this::refresh));
        }
        add(charts, drillBar, drill);
        getElement().executeJs("if (!window.echarts && !document.getElementById('zhifa-echarts')) {"
                + "const s = document.createElement('script'); s.id = 'zhifa-echarts'; s.src = $0;"
                + "document.head.appendChild(s); }", ECHARTS);
        refresh();
    }

    private Long unitId() {
        return unit.getValue() == null ? null : unit.getValue().id();
    }

    private void refresh() {
        try {
            figures = cockpit.figures(CurrentActor.get(), null, null, unitId());
        } catch (DomainException e) {
            Ui.refused(messages, e);
            return;
        }
        charts.removeAll();
        for (Figure f : figures.figures()) {
            Div card = new Div();
            card.addClassName("zhifa-chart-card");
            card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s)");
            String id = "chart-" + f.chart().name().toLowerCase().replace('_', '-');
            Span title = new Span(getTranslation("sv.chart." + f.chart().name()));
            title.getStyle().set("font-weight", "600");
            Anchor csv = new Anchor(csv(f.chart().name().toLowerCase() + ".csv", CockpitService.csv(f)), "CSV");
            csv.setId(id + "-csv");
            csv.getElement().setAttribute("download", true);
            HorizontalLayout top = new HorizontalLayout(title, csv);
            top.setWidthFull();
            top.expand(title);
            Div plot = new Div();
            plot.setId(id);
            plot.addClassName("zhifa-chart");
            plot.setWidthFull();
            plot.setHeight("280px");
            Span count = new Span(String.valueOf(f.rows().stream().map(Row::value)
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add).stripTrailingZeros().toPlainString()));
            count.setId(id + "-total");
            count.getStyle().set("display", "none");
            card.add(top, plot, count);
            charts.add(card);
            render(plot, f);
        }
    }

    /** Builds the ECharts option (categories × series, data items carry the drill key) and renders it. */
    private void render(Div plot, Figure f) {
        Set<String> categories = new LinkedHashSet<>();
        Set<String> series = new LinkedHashSet<>();
        for (Row r : f.rows()) {
            categories.add(label(f.chart(), r.label()));
            series.add(r.series());
        }
        ObjectNode option = JSON.createObjectNode();
        option.putObject("tooltip").put("trigger", pie(f.chart()) ? "item" : "axis");
        option.putObject("legend").put("top", 0).put("type", "scroll");
        ArrayNode list = option.putArray("series");
        if (pie(f.chart())) {
            ObjectNode s = list.addObject();
            s.put("type", "pie");
            s.put("radius", "60%");
            ArrayNode data = s.putArray("data");
            for (Row r : f.rows()) {
                data.addObject().put("name", label(f.chart(), r.label())).put("value", r.value()).put("key", r.key());
            }
        } else {
            option.putObject("grid").put("left", 48).put("right", 16).put("top", 36).put("bottom", 48);
            ObjectNode x = option.putObject("xAxis");
            x.put("type", "category");
            x.putObject("axisLabel").put("interval", 0).put("rotate", categories.size() > 4 ? 30 : 0);
            ArrayNode cats = x.putArray("data");
            categories.forEach(cats::add);
            option.putObject("yAxis").put("type", "value");
            for (String name : series) {
                ObjectNode s = list.addObject();
                s.put("type", "bar");
                s.put("name", seriesLabel(name));
                s.put("stack", f.chart() == Chart.FINES ? null : "total");
                ArrayNode data = s.putArray("data");
                Map<String, Row> byCat = new LinkedHashMap<>();
                for (Row r : f.rows()) {
                    if (r.series().equals(name)) {
                        byCat.put(label(f.chart(), r.label()), r);
                    }
                }
                for (String c : categories) {
                    Row r = byCat.get(c);
                    ObjectNode d = data.addObject();
                    d.put("value", r == null ? java.math.BigDecimal.ZERO : r.value());
                    d.put("key", r == null ? "" : r.key());
                    if ("RED".equals(name)) {
                        d.putObject("itemStyle").put("color", "#d9363e");
                    } else if ("YELLOW".equals(name)) {
                        d.putObject("itemStyle").put("color", "#e6a23c");
                    }
                }
            }
        }
        getElement().executeJs("const el = $0, view = $1, chart = $2, option = JSON.parse($3);"
                + "const draw = () => { if (!window.echarts) { setTimeout(draw, 50); return; }"
                + "  const c = echarts.getInstanceByDom(el) || echarts.init(el);"
                + "  c.setOption(option, true); el.dataset.rendered = 'true';"
                + "  c.off('click'); c.on('click', p => { const k = p.data && p.data.key; if (k) view.$server.drill(chart, k, (p.seriesName && p.seriesType === 'bar' ? p.seriesName + ' · ' : '') + (p.name || '')); });"
                + "  if (!el.zhifaResize) { el.zhifaResize = true; new ResizeObserver(() => c.resize()).observe(el); } };"
                + "draw();", plot.getElement(), getElement(), f.chart().name(), option.toString());
    }

    private static boolean pie(Chart c) {
        return c == Chart.OUTCOMES || c == Chart.REMEDIES || c == Chart.COMPLAINTS || c == Chart.FINDINGS
                || c == Chart.LEGAL_REVIEW;
    }

    private String label(Chart chart, String raw) {
        return switch (chart) {
            case OUTCOMES -> "UNDECIDED".equals(raw) ? getTranslation("sv.cockpit.undecided")
                    : t("ui.outcome." + raw, raw);
            case OPEN_BY_STAGE -> t("ui.stage." + raw, raw);
            case REMEDIES -> t("ui.remedy.outcome." + raw, raw);
            case LEGAL_REVIEW -> t("sv.reviewOutcome." + raw, raw);
            case COMPLAINTS -> getTranslation("sv.complaints." + raw);
            case FINDINGS -> t("sv.finding." + raw, raw);
            default -> raw;
        };
    }

    private String seriesLabel(String raw) {
        return t("sv.series." + raw, raw);
    }

    /** The translation, or {@code fallback} when the bundles have no such key. */
    private String t(String key, String fallback) {
        String v = getTranslation(key);
        return v == null || v.isBlank() || v.contains(key) ? fallback : v;
    }

    /** Called from the chart: lists the cases behind the clicked bar or slice. */
    @ClientCallable
    void drill(String chart, String key, String label) {
        Chart c;
        try {
            c = Chart.valueOf(chart);
        } catch (IllegalArgumentException e) {
            return;
        }
        List<DrillRow> rows;
        try {
            rows = cockpit.drill(CurrentActor.get(), c, key, null, null, unitId());
        } catch (DomainException e) {
            Ui.refused(messages, e);
            return;
        }
        drillTitle.setText(getTranslation("sv.cockpit.drillTitle", getTranslation("sv.chart." + c.name()), label,
                rows.size()));
        drillBar.removeAll();
        Anchor csv = new Anchor(csv(c.name().toLowerCase() + "-" + key.replace('|', '-') + ".csv",
                CockpitService.csv(rows)), "CSV");
        csv.setId("drill-csv");
        csv.getElement().setAttribute("download", true);
        drillBar.add(drillTitle, csv);
        drill.setItems(rows);
        drill.setVisible(true);
    }

    @SuppressWarnings("deprecation")
    private static StreamResource csv(String name, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        StreamResource r = new StreamResource(name, () -> new ByteArrayInputStream(bytes));
        r.setContentType("text/csv;charset=UTF-8");
        return r;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sv.cockpit.title") + " · " + getTranslation("app.name");
    }
}

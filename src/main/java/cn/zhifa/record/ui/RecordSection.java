package cn.zhifa.record.ui;

import cn.zhifa.organization.Actor;
import cn.zhifa.record.RecordService;
import cn.zhifa.record.Verification;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.Ui;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * The record's actions in the case workspace for those allowed (supervisors, heads, team leaders, legal reviewers,
 * handlers): verify the chain and files (result shown in Chinese, naming the first broken entry or file) and download
 * the export ZIP. Both are recorded by the service (the entries show on the timeline when the case is next opened).
 */
class RecordSection extends HorizontalLayout {

    RecordSection(RecordService records, Messages messages, Actor actor, long caseId) {
        setAlignItems(Alignment.BASELINE);
        setId("record-actions");
        Span result = new Span();
        result.setId("record-verify-result");
        Button verify = new Button(getTranslation("ui.record.verify"), e -> {
            try {
                Verification v = records.verify(actor, caseId);
                result.setText(describe(v));
                result.getElement().setAttribute("data-ok", String.valueOf(v.ok()));
                result.getStyle().set("color", v.ok() ? "var(--lumo-success-text-color)"
                        : "var(--lumo-error-text-color)");
            } catch (DomainException ex) {
                result.setText(messages.of(ex, Ui.locale()));
            }
        });
        verify.setId("record-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_SMALL);
        DownloadHandler zip = event -> {
            RecordService.ExportPlan plan = records.prepareExport(actor, caseId);
            event.setFileName(plan.fileName());
            event.setContentType("application/zip");
            RecordService.writeZip(plan, event.getOutputStream());
        };
        Anchor export = new Anchor(zip, getTranslation("ui.record.export"));
        export.setId("record-export");
        add(verify, export, result);
    }

    private String describe(Verification v) {
        if (v.ok()) {
            return getTranslation("ui.record.ok", v.entriesChecked(), v.artifactsChecked());
        }
        if (v.firstBrokenEntry() != null) {
            var b = v.firstBrokenEntry();
            return getTranslation("ui.record.brokenEntry", b.seq(),
                    getTranslation("ui.record.problem." + b.problem().name()), b.detail());
        }
        var a = v.firstBadArtifact();
        return getTranslation("ui.record.badArtifact", a.path(), a.expected(), a.actual());
    }
}

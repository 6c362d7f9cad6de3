package cn.zhifa.supervision.ui;

import cn.zhifa.casefile.CaseTallies;
import cn.zhifa.organization.Action;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.CurrentActor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.ui.Ui;
import cn.zhifa.supervision.CockpitService;
import cn.zhifa.supervision.PreAuditJob;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;

/**
 * The cockpit's maintenance line for supervisors and admins: the full re-audit of every case (a background job) with
 * its progress, polled every two seconds while it runs, and the rebuild of the cockpit's counters.
 */
class AuditJobPanel extends HorizontalLayout {

    private static final int POLL_MS = 2000;

    private final PreAuditJob job;
    private final Messages messages;
    private final Button start = new Button();
    private final ProgressBar bar = new ProgressBar();
    private final Span status = new Span();
    private Registration poll;

    AuditJobPanel(PreAuditJob job, CockpitService cockpit, Messages messages, Runnable rebuilt) {
        this.job = job;
        this.messages = messages;
        setId("audit-job");
        setAlignItems(FlexComponent.Alignment.CENTER);
        start.setText(getTranslation("sv.audit.start"));
        start.setIcon(VaadinIcon.PLAY.create());
        start.setId("audit-job-start");
        start.addClickListener(e -> {
            try {
                job.start(CurrentActor.get());
            } catch (DomainException ex) {
                Ui.refused(messages, ex);
            }
            show();
        });
        Button rebuild = new Button(getTranslation("sv.cockpit.rebuild"), VaadinIcon.DATABASE.create(), e -> {
            try {
                CaseTallies.Rebuilt r = cockpit.rebuild(CurrentActor.get());
                Ui.success(getTranslation("sv.cockpit.rebuilt", r.drifted().size()));
                rebuilt.run();
            } catch (DomainException ex) {
                Ui.refused(messages, ex);
            }
        });
        rebuild.setId("cockpit-rebuild");
        bar.setWidth("12em");
        status.setId("audit-job-status");
        status.addClassName("zhifa-muted");
        add(start, bar, status, rebuild);
        show();
    }

    /** Supervisors and admins (who may start the job and rebuild the counters). */
    static boolean mayUse(Actor actor) {
        return Action.SUPERVISION_AUDIT.roles().stream().anyMatch(actor::has);
    }

    private void show() {
        PreAuditJob.Progress p = job.progress();
        start.setEnabled(!p.running());
        bar.setVisible(p.running());
        if (p.running()) {
            bar.setValue(p.total() == 0 ? 0 : Math.min(1.0, (double) p.done() / p.total()));
            status.setText(getTranslation("sv.audit.progress", p.done(), p.total(), p.failed(),
                    p.total() == 0 ? 0 : p.done() * 100 / p.total()));
        } else if (p.finishedAt() != null) {
            status.setText(getTranslation("sv.audit.finished", p.done(), p.failed(), Ui.dateTime(p.finishedAt())));
        } else {
            status.setText(getTranslation("sv.audit.never"));
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setPollInterval(p.running() ? POLL_MS : -1);
        }
    }

    @Override
    protected void onAttach(AttachEvent e) {
        poll = e.getUI().addPollListener(p -> show());
        show();
    }

    @Override
    protected void onDetach(DetachEvent e) {
        if (poll != null) {
            poll.remove();
        }
        e.getUI().setPollInterval(-1);
    }
}

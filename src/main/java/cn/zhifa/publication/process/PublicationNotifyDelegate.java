package cn.zhifa.publication.process;

import cn.zhifa.publication.PublicationAlerts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Raises the publication warning or the overdue alert. */
@Component("publicationNotifyDelegate")
class PublicationNotifyDelegate implements JavaDelegate {

    private final PublicationAlerts publications;

    PublicationNotifyDelegate(@Lazy PublicationAlerts publications) {
        this.publications = publications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(PublicationWatch.VAR_PUBLICATION_ID)).longValue();
        publications.alert(id, PublicationWatch.TASK_NOTIFY_OVERDUE.equals(execution.getCurrentActivityId()));
    }
}

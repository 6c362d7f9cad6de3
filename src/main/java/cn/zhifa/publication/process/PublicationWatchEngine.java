package cn.zhifa.publication.process;

import cn.zhifa.shared.ProcessStarts;
import java.time.LocalDate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Starts publication watches (engine port); returns the process instance id. */
@Component
public class PublicationWatchEngine {

    private final ProcessStarts starts;

    public PublicationWatchEngine(ProcessStarts starts) {
        this.starts = starts;
    }

    /** Starts the watch of a publication due on {@code due} (passed to its first timer, not stored). */
    public String start(long publicationId, LocalDate due) {
        return starts.start(PublicationWatch.PROCESS_KEY, PublicationWatch.businessKey(publicationId),
                Variables.createVariables().putValue(PublicationWatch.VAR_PUBLICATION_ID, publicationId)
                        .putValueTyped(PublicationWatch.VAR_DUE_DATE, Variables.stringValue(due.toString(), true)));
    }
}

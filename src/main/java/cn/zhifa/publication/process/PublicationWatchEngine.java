package cn.zhifa.publication.process;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts publication watches (engine port); returns the process instance id. */
@Component
public class PublicationWatchEngine {

    private final RuntimeService runtime;

    public PublicationWatchEngine(RuntimeService runtime) {
        this.runtime = runtime;
    }

    public String start(long publicationId) {
        return runtime.startProcessInstanceByKey(PublicationWatch.PROCESS_KEY,
                PublicationWatch.businessKey(publicationId),
                Map.of(PublicationWatch.VAR_PUBLICATION_ID, publicationId)).getId();
    }
}

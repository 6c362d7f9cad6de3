package cn.zhifa.operations;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/** {@code GET /actuator/integrity} on the management port: {@link IntegrityCheck#run()} (may take long on a big store). */
@Component
@Endpoint(id = "integrity")
class IntegrityEndpoint {

    private final IntegrityCheck check;

    IntegrityEndpoint(IntegrityCheck check) {
        this.check = check;
    }

    @ReadOperation
    public IntegrityCheck.Report integrity() {
        return check.run();
    }
}

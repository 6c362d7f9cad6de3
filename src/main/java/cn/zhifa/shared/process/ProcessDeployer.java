package cn.zhifa.shared.process;

import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every model in {@code bpmn/} under the stable name {@code bpmn/<file>.bpmn} with duplicate filtering, so an
 * unchanged model never gets a new version whether the app runs from classes or from the jar; then resolves the
 * definitions this node starts ({@link DeployedProcessStarts}).
 */
@Component
@Order(0)
class ProcessDeployer implements ApplicationRunner {

    private final RepositoryService repository;
    private final DeployedProcessStarts starts;

    ProcessDeployer(RepositoryService repository, DeployedProcessStarts starts) {
        this.repository = repository;
        this.starts = starts;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        deploy();
    }

    void deploy() throws IOException {
        Resource[] models = new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/*.bpmn");
        DeploymentBuilder builder = repository.createDeployment().name("zhifa").source("zhifa")
                .enableDuplicateFiltering(false);
        for (Resource model : models) {
            try (InputStream in = model.getInputStream()) {
                builder.addInputStream("bpmn/" + model.getFilename(), in);
            }
        }
        if (models.length > 0) {
            builder.deploy();
        }
        starts.resolve();
    }
}

package cn.zhifa.shared.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.process.OrdinaryProcedure;
import cn.zhifa.shared.ProcessStarts;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.MutableClock;
import java.time.Instant;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The parsed definitions answer the engine's look-ups only while fresh (decision 0042): a model suspended through the
 * engine's API (as the Cockpit does) refuses new cases once its parsed definition is no longer fresh, and takes them
 * again once activated — time moved by the application's clock, never by sleeping.
 */
@IntegrationTest
class DeployedDefinitionsIT {

    @Autowired CaseFiles f;
    @Autowired MutableClock clock;
    @Autowired RepositoryService repository;
    @Autowired ProcessStarts starts;

    @AfterEach
    void realTime() {
        clock.set(Instant.now());
    }

    private void later() {
        clock.set(clock.instant().plus(DeployedDefinitions.FRESH));
    }

    @Test
    void aSuspendedModelIsHonouredOnceItsParsedDefinitionIsNoLongerFresh() {
        String procedure = starts.definitionOf(OrdinaryProcedure.PROCESS_KEY);
        assertThat(procedure).isNotNull();
        f.aLead();
        repository.suspendProcessDefinitionById(procedure);
        try {
            later();
            assertThatThrownBy(() -> f.aLead()).hasMessageContaining("suspended");
        } finally {
            repository.activateProcessDefinitionById(procedure);
        }
        later();
        CaseFile again = f.aLead();
        assertThat(again.processInstanceId()).isNotNull();
    }
}

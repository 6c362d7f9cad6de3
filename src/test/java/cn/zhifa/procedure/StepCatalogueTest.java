package cn.zhifa.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.Step;
import cn.zhifa.casefile.StepCatalogue;
import cn.zhifa.casefile.StepPayload;
import cn.zhifa.casefile.process.OrdinaryProcedure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The start-up check of the step catalogue against the BPMN model and the forms. */
class StepCatalogueTest {

    static final Set<Class<? extends StepPayload>> ALL_PAYLOADS = payloadTypes();

    @Test
    void everyUserTaskOfTheModelHasExactlyOneStepAndForm() {
        Set<String> tasks = OrdinaryProcedure.userTaskIds();
        assertThat(tasks).hasSize(16).contains(OrdinaryProcedure.TASK_VERIFY_LEAD, OrdinaryProcedure.TASK_DECISION);
        assertThat(StepCatalogue.check(ProcedureSteps.declarations(), tasks, ALL_PAYLOADS)).isEmpty();
        for (Step<?> s : ProcedureSteps.declarations()) {
            assertThat(s.stage()).as(s.taskKey()).isNotNull();
            assertThat(s.deadline()).as(s.taskKey()).isNotNull();
        }
    }

    @Test
    void aModelWithAUserTaskWithoutStepFailsAtStartUp() throws IOException {
        // a model whose service task was renamed (every reference to it too): a user task without a step
        String xml = model().replace("\"Task_Service\"", "\"Task_ServiceRenamed\"");
        Set<String> tasks = OrdinaryProcedure.userTaskIds(stream(xml));
        List<String> problems = StepCatalogue.check(ProcedureSteps.declarations(), tasks, ALL_PAYLOADS);
        assertThat(problems).containsExactlyInAnyOrder(
                "step ServiceStep has no user task Task_Service",
                "user task Task_ServiceRenamed has 0 steps []");
        // and the catalogue refuses to come up on it, as the application does at start-up
        assertThatThrownBy(() -> StepCatalogue.verified(ProcedureSteps.declarations(), tasks, ALL_PAYLOADS))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Task_ServiceRenamed has 0 steps");
        assertThat(StepCatalogue.verified(ProcedureSteps.declarations(), OrdinaryProcedure.userTaskIds(),
                ALL_PAYLOADS).stageOf(OrdinaryProcedure.TASK_SERVICE)).isEqualTo(CaseStage.SERVICE);
    }

    @Test
    void aModelMissingAUserTaskFailsTheCheck() throws IOException {
        Set<String> tasks = new HashSet<>(OrdinaryProcedure.userTaskIds(stream(model())));
        tasks.remove(OrdinaryProcedure.TASK_HOLD_HEARING);
        assertThat(StepCatalogue.check(ProcedureSteps.declarations(), tasks, ALL_PAYLOADS))
                .containsExactly("step HoldHearingStep has no user task Task_HoldHearing");
    }

    @Test
    void twoStepsForOneTaskOrAMissingFormFailTheCheck() {
        List<Step<?>> steps = new ArrayList<>(ProcedureSteps.declarations());
        steps.add(new ExecutionStep(null));
        Set<Class<? extends StepPayload>> forms = new HashSet<>(ALL_PAYLOADS);
        forms.remove(StepPayload.Decision.class);
        assertThat(StepCatalogue.check(steps, OrdinaryProcedure.userTaskIds(), forms)).containsExactlyInAnyOrder(
                "no form for Decision (Task_Decision)",
                "user task Task_Execution has 2 steps [ExecutionStep, ExecutionStep]",
                "payload Execution completes several tasks [Task_Execution, Task_Execution]");
    }

    @Test
    void stagesOfTheStepsFollowTheProcedure() {
        var byTask = new java.util.HashMap<String, CaseStage>();
        ProcedureSteps.declarations().forEach(s -> byTask.put(s.taskKey(), s.stage()));
        assertThat(byTask.get(OrdinaryProcedure.TASK_CORRECT_DOCUMENTS)).isEqualTo(CaseStage.LEGAL_REVIEW);
        assertThat(byTask.get(OrdinaryProcedure.TASK_SCHEDULE_HEARING)).isEqualTo(CaseStage.HEARING);
        assertThat(byTask.get(OrdinaryProcedure.TASK_HOLD_HEARING)).isEqualTo(CaseStage.HEARING);
    }

    static String model() throws IOException {
        try (InputStream in = StepCatalogueTest.class.getClassLoader().getResourceAsStream(OrdinaryProcedure.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static InputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    static Set<Class<? extends StepPayload>> payloadTypes() {
        Set<Class<? extends StepPayload>> out = new HashSet<>();
        Arrays.stream(StepPayload.class.getPermittedSubclasses()).forEach(c -> out.add((Class<? extends StepPayload>) c));
        return out;
    }
}

package cn.zhifa.modules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Proves the rule set fires: the same ArchUnit rules and the same Modulith verification the build runs on the
 * application, evaluated on {@code fixture.badmodules} (src/test), a tiny pair of modules with a deliberate cycle, a
 * screen reaching another module's internal package and the engine API outside a process package. Each violation
 * must be reported, the allowed engine use in a process package must not, and an empty known-list hides nothing.
 */
class ModuleRulesFixtureTest {

    static final String ROOT = "fixture.badmodules";
    static final JavaClasses FIXTURE = new ClassFileImporter().importPackages(ROOT);
    static final ArchitectureRules RULES = new ArchitectureRules(ROOT);

    @Test
    void engineApiOutsideProcessIsReported() {
        EvaluationResult r = RULES.engineApiOnlyInProcess().evaluate(FIXTURE);
        assertThat(r.hasViolation()).isTrue();
        String report = String.join("\n", r.getFailureReport().getDetails());
        assertThat(report).contains("fixture.badmodules.alpha.AlphaService")
                .contains("org.camunda.bpm.engine.RuntimeService")
                .contains("catches type <org.camunda.bpm.engine.OptimisticLockingException>")
                .doesNotContain("AlphaDelegate");
    }

    @Test
    void uiReachingAnotherModulesInternalIsReported() {
        EvaluationResult r = RULES.uiNeverReachesAnotherModulesInternal().evaluate(FIXTURE);
        assertThat(r.hasViolation()).isTrue();
        assertThat(String.join("\n", r.getFailureReport().getDetails()))
                .contains("fixture.badmodules.alpha.ui.AlphaView").contains("fixture.badmodules.beta.internal.BetaRow");
    }

    @Test
    void cycleIsReportedByArchUnit() {
        EvaluationResult r = RULES.modulesFreeOfCycles().evaluate(FIXTURE);
        assertThat(r.hasViolation()).isTrue();
        assertThat(ArchitectureTest.unknown(r, Set.of(), ROOT)).isNotEmpty()
                .anySatisfy(v -> assertThat(v).contains("alpha -> beta").contains("beta -> alpha"));
    }

    @Test
    void modulithReportsTheCycleAndTheInternalAccess() {
        ApplicationModules modules = ApplicationModules.of(ROOT, location -> true); // the fixture lives in src/test
        List<String> messages = modules.detectViolations().getMessages();
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("Cycle detected"));
        assertThat(messages).anySatisfy(m -> assertThat(m)
                .contains("depends on non-exposed type fixture.badmodules.beta.internal.BetaRow"));

        ViolationKeys keys = new ViolationKeys(ROOT);
        // nothing known: every violation is new, the verification test would fail
        assertThat(keys.unknown(messages, Set.of())).hasSameSizeAs(messages);
        // a known edge covers its cycle only while no other class joins it: AlphaView's field is also alpha -> beta
        assertThat(keys.unknown(messages, Set.of("alpha -> beta via fixture.badmodules.alpha.AlphaService")))
                .hasSameSizeAs(messages);
        // with every class of the edge known, the cycle is covered; the internal access never is
        assertThat(keys.unknown(messages, Set.of("alpha -> beta via fixture.badmodules.alpha.AlphaService",
                "alpha -> beta via fixture.badmodules.alpha.ui.AlphaView")))
                .hasSize(messages.size() - 1)
                .allSatisfy(m -> assertThat(m).doesNotStartWith("Cycle").doesNotStartWith("cycle"));
    }
}

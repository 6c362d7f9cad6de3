package cn.zhifa.modules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The ArchUnit rules of {@link ArchitectureRules} on the application's own classes (src/main). */
class ArchitectureTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.zhifa");

    static final ArchitectureRules RULES = new ArchitectureRules("cn.zhifa");

    /**
     * Rule violations that remain because only the step-completion rewrite (issue 14 items 1–2) can remove them. This
     * list may only shrink: a new violation fails, and so does an entry that no longer occurs (delete it).
     */
    static final Set<String> KNOWN = Set.of(
            // CaseWorkflowService catches the engine's OptimisticLockingException around the task completion; the
            // engine call (and its retry) belongs in casefile.process (OrdinaryProcedureEngine).
            "cn.zhifa.casefile.CaseWorkflowService -> org.camunda.bpm.engine.OptimisticLockingException");

    @Test
    void engineApiOnlyInProcessPackages() {
        assertOnlyKnown(RULES.engineApiOnlyInProcess());
    }

    @Test
    void uiNeverReachesAnotherModulesInternal() {
        assertOnlyKnown(RULES.uiNeverReachesAnotherModulesInternal());
    }

    @Test
    void modulesFreeOfCycles() {
        assertOnlyKnown(RULES.modulesFreeOfCycles());
    }

    @Test
    void everyKnownEntryStillOccurs() {
        Set<String> found = new TreeSet<>();
        for (ArchRule rule : RULES.all()) {
            found.addAll(keys(rule.evaluate(MAIN)));
        }
        Set<String> stale = new TreeSet<>(KNOWN);
        stale.removeAll(found);
        assertThat(stale).as("KNOWN entries that no longer occur: delete them from ArchitectureTest.KNOWN").isEmpty();
    }

    private static void assertOnlyKnown(ArchRule rule) {
        EvaluationResult result = rule.evaluate(MAIN);
        List<String> unknown = unknown(result, KNOWN, "cn.zhifa");
        assertThat(unknown).as("new violations of '%s'", rule.getDescription()).isEmpty();
    }

    /** Violations of a result not covered by {@code known} (a cycle is covered when one of its edges is). */
    static List<String> unknown(EvaluationResult result, Set<String> known, String root) {
        ViolationKeys vk = new ViolationKeys(root);
        List<String> details = result.getFailureReport().getDetails();
        List<String> out = new java.util.ArrayList<>();
        for (String d : details) {
            if (d.startsWith("Cycle detected")) {
                out.addAll(vk.unknown(List.of(d), known));
            } else if (!known.contains(dependencyKey(d))) {
                out.add(d);
            }
        }
        return out;
    }

    static Set<String> keys(EvaluationResult result) {
        ViolationKeys vk = new ViolationKeys("cn.zhifa");
        Set<String> keys = new TreeSet<>();
        for (String d : result.getFailureReport().getDetails()) {
            if (d.startsWith("Cycle detected")) {
                keys.addAll(vk.allKeys(List.of(d)));
            } else {
                keys.add(dependencyKey(d));
            }
        }
        return keys;
    }

    /** "origin class -> target class" of one dependency line of ArchUnit (first and last type named in it). */
    static String dependencyKey(String detail) {
        var m = java.util.regex.Pattern.compile("<((?:[a-z]\\w*\\.)+[A-Z][\\w$]*)").matcher(detail);
        String origin = null;
        String target = null;
        while (m.find()) {
            if (origin == null) {
                origin = outer(m.group(1));
            } else {
                target = outer(m.group(1));
            }
        }
        return origin + " -> " + target;
    }

    private static String outer(String cls) {
        int dollar = cls.indexOf('$');
        return dollar < 0 ? cls : cls.substring(0, dollar);
    }
}

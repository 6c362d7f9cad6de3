package cn.zhifa.modules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * The ArchUnit rules for what Spring Modulith does not check, for the modules below one root package (the
 * application's, or a test fixture's): the engine API only in {@code process} packages, screens never in another
 * module's {@code internal}, and no cycle between modules.
 */
final class ArchitectureRules {

    private final String root;

    ArchitectureRules(String rootPackage) {
        this.root = rootPackage;
    }

    /**
     * Camunda's API (org.camunda..) only in {@code ..process..} packages (engine glue, the app's engine wiring):
     * neither as a dependency nor as a caught exception type.
     */
    ArchRule engineApiOnlyInProcess() {
        return classes().that().resideInAPackage(root + "..").and().resideOutsideOfPackage("..process..")
                .should(new ArchCondition<JavaClass>("not use the engine API (org.camunda..)") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        for (Dependency d : item.getDirectDependenciesFromSelf()) {
                            if (d.getTargetClass().getPackageName().startsWith("org.camunda")) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                        for (JavaCodeUnit unit : item.getCodeUnits()) {
                            for (TryCatchBlock block : unit.getTryCatchBlocks()) {
                                for (JavaClass caught : block.getCaughtThrowables()) {
                                    if (caught.getPackageName().startsWith("org.camunda")) {
                                        events.add(SimpleConditionEvent.violated(block, "Method <"
                                                + unit.getFullName() + "> catches type <" + caught.getName()
                                                + "> in " + block.getSourceCodeLocation()));
                                    }
                                }
                            }
                        }
                    }
                })
                .as("the engine API (org.camunda..) is used only in ..process.. packages");
    }

    /** A screen ({@code ..ui..}) never reaches the {@code internal} package of another module. */
    ArchRule uiNeverReachesAnotherModulesInternal() {
        return classes().that().resideInAPackage(root + "..").and().resideInAPackage("..ui..")
                .should(new ArchCondition<JavaClass>("not depend on the internal package of another module") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String own = module(item.getPackageName());
                        for (Dependency d : item.getDirectDependenciesFromSelf()) {
                            String target = d.getTargetClass().getPackageName();
                            String other = module(target);
                            if (other != null && !other.equals(own) && target.contains(".internal")) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        }
                    }
                })
                .as("..ui.. never reaches ..internal.. of another module");
    }

    /** No cycle between the modules (the first package level below the root). */
    ArchRule modulesFreeOfCycles() {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles().as("modules are free of cycles");
    }

    List<ArchRule> all() {
        return List.of(engineApiOnlyInProcess(), uiNeverReachesAnotherModulesInternal(), modulesFreeOfCycles());
    }

    private String module(String packageName) {
        if (!packageName.startsWith(root + ".")) {
            return null;
        }
        String rest = packageName.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}

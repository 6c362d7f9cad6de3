package cn.zhifa.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the bytecode checks cannot see: javac inlines constants, so a class that only reads another module's
 * {@code static final String} from its {@code process} or {@code internal} package leaves no trace in the class file.
 * This test reads the imports in src/main/java: no module imports another module's {@code internal} or
 * {@code process} package.
 */
class SourceImportsTest {

    static final Pattern IMPORT = Pattern
            .compile("(?m)^import (?:static )?cn\\.zhifa\\.(\\w+)\\.(internal|process)\\.([\\w.]+);");

    /** Known exceptions: none left; may only shrink. */
    static final Set<String> KNOWN = Set.of();

    @Test
    void noModuleImportsAnotherModulesInternalOrProcessPackage() throws IOException {
        Set<String> found = new TreeSet<>();
        Path root = Path.of("src/main/java/cn/zhifa");
        List<Path> sources;
        try (Stream<Path> files = Files.walk(root)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(sources).hasSizeGreaterThan(100);
        for (Path source : sources) {
            Path rel = root.relativize(source);
            if (rel.getNameCount() < 2) {
                continue;
            }
            String module = rel.getName(0).toString();
            Matcher m = IMPORT.matcher(Files.readString(source));
            while (m.find()) {
                if (!m.group(1).equals(module)) {
                    found.add(module + "/" + source.getFileName() + " -> cn.zhifa." + m.group(1) + "." + m.group(2)
                            + "." + m.group(3));
                }
            }
        }
        Set<String> unknown = new TreeSet<>(found);
        unknown.removeAll(KNOWN);
        assertThat(unknown).as("imports of another module's internal/process package").isEmpty();
        Set<String> stale = new TreeSet<>(KNOWN);
        stale.removeAll(found);
        assertThat(stale).as("KNOWN entries that no longer occur: delete them from SourceImportsTest.KNOWN").isEmpty();
    }
}

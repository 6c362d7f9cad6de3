package cn.zhifa.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No class in src/main over 400 lines (issue 14): a class that grows past it is split by what it does. */
class ClassSizeTest {

    static final int MAX_LINES = 400;

    @Test
    void noSourceFileInMainIsLongerThanTheLimit() throws IOException {
        Map<String, Integer> over = new TreeMap<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path p : sources) {
            int lines = Files.readAllLines(p).size();
            if (lines > MAX_LINES) {
                over.put(p.toString(), lines);
            }
        }
        assertThat(sources).hasSizeGreaterThan(100);
        assertThat(over).as("classes over %d lines", MAX_LINES).isEmpty();
    }
}

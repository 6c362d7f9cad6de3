package cn.zhifa.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A transaction's record entries are inserted together just before its commit (decision 0037), so a read of a case's
 * record in the same transaction must first insert what is held ({@code CaseRecord.settle}). The mapper statements that
 * read the record are these, and each caller settles first: a new one must be added here once its callers do.
 */
class RecordReadersTest {

    static final Set<String> SETTLED = Set.of("CaseFileMapper.findHistory", "RecordMapper.entries",
            "RecordMapper.lastAction");

    private static final Pattern SELECT = Pattern.compile("(?s)<select id=\"([A-Za-z0-9_]+)\".*?</select>");
    private static final Pattern READS_RECORD = Pattern
            .compile("(?i)\\b(?:from|join)\\s+(?:case_record|v_record_entry)\\b(?!_)");

    @Test
    void everyReadOfTheRecordIsSettledFirst() throws IOException {
        Set<String> readers = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/cn/zhifa"))) {
            for (Path f : files.filter(p -> p.toString().endsWith("Mapper.xml")).toList()) {
                String mapper = f.getFileName().toString().replace(".xml", "");
                Matcher m = SELECT.matcher(Files.readString(f));
                while (m.find()) {
                    if (READS_RECORD.matcher(m.group()).find()) {
                        readers.add(mapper + "." + m.group(1));
                    }
                }
            }
        }
        assertThat(readers).isEqualTo(new TreeSet<>(SETTLED));
    }
}

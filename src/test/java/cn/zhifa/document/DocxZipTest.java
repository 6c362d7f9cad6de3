package cn.zhifa.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .docx's zip written directly ({@link DocxZip}): read back whole by both of the JDK's zip readers. */
class DocxZipTest {

    @Test
    void entriesReadBackAsWrittenByTheStreamAndTheCentralDirectory(@TempDir Path dir) throws Exception {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types>类型</Types>".getBytes(StandardCharsets.UTF_8));
        parts.put("word/document.xml", ("<w:document>" + "正文".repeat(50_000) + "</w:document>")
                .getBytes(StandardCharsets.UTF_8));
        byte[] noise = new byte[100_000]; // incompressible: deflate's output larger than one buffer
        new Random(7).nextBytes(noise);
        parts.put("word/media/图片.bin", noise);
        parts.put("empty.xml", new byte[0]);
        // the template's parts deflated at the default level, the filled body at the fastest: both read back
        List<DocxZip.Entry> entries = parts.entrySet().stream().map(e -> e.getKey().equals("word/document.xml")
                ? DocxZip.Entry.filled(e.getKey(), e.getValue()) : DocxZip.Entry.of(e.getKey(), e.getValue())).toList();
        byte[] zip = DocxZip.write(entries);

        Map<String, byte[]> streamed = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                streamed.put(e.getName(), in.readAllBytes());
            }
        }
        assertThat(streamed.keySet()).containsExactlyElementsOf(parts.keySet());
        parts.forEach((name, bytes) -> assertThat(streamed.get(name)).as(name).isEqualTo(bytes));

        Path file = Files.write(dir.resolve("d.docx"), zip);
        try (ZipFile z = new ZipFile(file.toFile())) {
            assertThat(z.size()).isEqualTo(parts.size());
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                ZipEntry e = z.getEntry(p.getKey());
                assertThat(e.getSize()).isEqualTo(p.getValue().length);
                try (var in = z.getInputStream(e)) {
                    assertThat(in.readAllBytes()).as(p.getKey()).isEqualTo(p.getValue());
                }
            }
        }
        // the same content, the same bytes (a fixed time in every entry)
        assertThat(DocxZip.write(parts.entrySet().stream().map(e -> e.getKey().equals("word/document.xml")
                ? DocxZip.Entry.filled(e.getKey(), e.getValue()) : DocxZip.Entry.of(e.getKey(), e.getValue())).toList()))
                .isEqualTo(zip);
        assertThat(zip.length).isLessThan(noise.length + 20_000); // the text deflated
    }
}

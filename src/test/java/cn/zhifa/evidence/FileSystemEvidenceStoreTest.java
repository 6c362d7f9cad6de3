package cn.zhifa.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content-addressed store's two ways in: a streamed upload and content already in memory. */
class FileSystemEvidenceStoreTest {

    @TempDir
    Path root;

    @Test
    void contentInMemoryIsStoredUnderItsHashReadOnlyWithNothingLeftInTmp() throws Exception {
        FileSystemEvidenceStore store = new FileSystemEvidenceStore(root, 4096);
        byte[] bytes = "行政处罚决定书 第0005号".getBytes(StandardCharsets.UTF_8);

        EvidenceStore.Received r = store.store(bytes);

        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(r.sha256()).isEqualTo(sha);
        assertThat(r.size()).isEqualTo(bytes.length);
        Path stored = root.resolve(store.pathOf(sha));
        assertThat(Files.readAllBytes(stored)).isEqualTo(bytes);
        assertThat(Files.getPosixFilePermissions(stored)) // root may write anyway: the mode says read-only
                .doesNotContain(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        try (Stream<Path> left = Files.list(root.resolve("tmp"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void theSameContentTwiceKeepsTheFirstFileAndAgreesWithAStreamedUpload() throws Exception {
        FileSystemEvidenceStore store = new FileSystemEvidenceStore(root, 4096);
        byte[] bytes = new byte[10_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        EvidenceStore.Received first = store.store(bytes);
        Path stored = root.resolve(store.pathOf(first.sha256()));
        long inode = (Long) Files.getAttribute(stored, "unix:ino");

        EvidenceStore.Received again = store.store(bytes);
        EvidenceStore.Received streamed = store.receive(new ByteArrayInputStream(bytes));
        String path = store.publish(streamed);

        assertThat(again.sha256()).isEqualTo(first.sha256());
        assertThat(streamed.sha256()).isEqualTo(first.sha256());
        assertThat(path).isEqualTo(store.pathOf(first.sha256()));
        assertThat((Long) Files.getAttribute(stored, "unix:ino")).isEqualTo(inode); // never overwritten
        try (Stream<Path> left = Files.list(root.resolve("tmp"))) {
            assertThat(left).isEmpty();
        }
    }
}

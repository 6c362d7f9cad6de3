package cn.zhifa.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/**
 * {@link EvidenceStore} on a local filesystem: uploads go to {@code <root>/tmp/<uuid>.part} (same filesystem), are
 * fsynced, then published as {@code <root>/sha256/ab/cd/<hex>} by an atomic hard link, which never replaces an
 * existing file. Files are made read-only once published. Leftover {@code .part} files (a crash halfway) are removed
 * on start once untouched for 10 minutes (another node sharing the store may be writing a younger one).
 */
public class FileSystemEvidenceStore implements EvidenceStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileSystemEvidenceStore.class);
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern TEMP_ID = Pattern.compile("[0-9a-f-]{36}");

    private final Path root;
    private final Path tmp;
    private final int bufferSize;

    public FileSystemEvidenceStore(Path root, int bufferSize) {
        this.root = root.toAbsolutePath().normalize();
        this.tmp = this.root.resolve("tmp");
        this.bufferSize = bufferSize;
        try {
            Files.createDirectories(tmp);
            Files.createDirectories(this.root.resolve("sha256"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the evidence store under " + this.root, e);
        }
    }

    public Path root() {
        return root;
    }

    @Override
    public Received receive(InputStream in) throws IOException {
        String id = UUID.randomUUID().toString();
        Path part = tmp.resolve(id + ".part");
        MessageDigest sha = sha256();
        long size = writeNew(part, out -> {
            byte[] buf = new byte[bufferSize];
            ByteBuffer bb = ByteBuffer.wrap(buf);
            long total = 0;
            int n;
            while ((n = in.readNBytes(buf, 0, buf.length)) > 0) {
                sha.update(buf, 0, n);
                writeFully(out, bb.clear().limit(n));
                total += n;
            }
            return total;
        });
        return new Received(id, HexFormat.of().formatHex(sha.digest()), size);
    }

    /** What goes into a new temporary file; returns how many bytes it wrote. */
    private interface Body {
        long writeTo(FileChannel out) throws IOException;
    }

    /** Writes a new temporary file and forces it to disk; on any failure nothing is left behind. */
    private static long writeNew(Path part, Body body) throws IOException {
        boolean ok = false;
        try (FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long written = body.writeTo(out);
            out.force(true);
            ok = true;
            return written;
        } finally {
            if (!ok) {
                Files.deleteIfExists(part);
            }
        }
    }

    private static void writeFully(FileChannel out, ByteBuffer bb) throws IOException {
        while (bb.hasRemaining()) {
            out.write(bb);
        }
    }

    @Override
    public String publish(Received received) throws IOException {
        Path part = partOf(received);
        String path = pathOf(received.sha256());
        Path target = root.resolve(path);
        if (Files.exists(target)) {
            Files.deleteIfExists(part); // dedupe: the same content is already stored, never overwrite it
            return path;
        }
        link(part, target);
        return path;
    }

    @Override
    public Received store(byte[] bytes) throws IOException {
        String sha = HexFormat.of().formatHex(sha256().digest(bytes));
        Received received = new Received(UUID.randomUUID().toString(), sha, bytes.length);
        Path target = root.resolve(pathOf(sha));
        // no look first (Files.exists costs an exception when the file is missing, as a new document's always is):
        // stored content is rare here, and the link below keeps it when it is there
        Path part = partOf(received);
        writeNew(part, out -> {
            writeFully(out, ByteBuffer.wrap(bytes));
            return bytes.length;
        });
        link(part, target);
        return received;
    }

    /** Gives the temporary file its content path (creating the folder when it is the first there), read-only. */
    private static void link(Path part, Path target) throws IOException {
        try {
            // link(2) is atomic and fails when the target exists: publishing never overwrites stored content
            try {
                Files.createLink(target, part);
            } catch (java.nio.file.NoSuchFileException e) {
                Files.createDirectories(target.getParent()); // the first content under this prefix
                Files.createLink(target, part);
            }
        } catch (FileAlreadyExistsException e) {
            // the same content was published concurrently: keep that file
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(target.getParent());
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        target.toFile().setReadOnly();
    }

    @Override
    public void discard(Received received) {
        try {
            Files.deleteIfExists(partOf(received));
        } catch (IOException e) {
            LOG.warn("could not delete the temporary evidence file {}", received.tempId(), e);
        }
    }

    @Override
    public String pathOf(String sha256) {
        if (sha256 == null || !HEX64.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return "sha256/" + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }

    @Override
    public boolean exists(String path) {
        return Files.isRegularFile(resolve(path));
    }

    @Override
    public InputStream open(String path) throws IOException {
        return Files.newInputStream(resolve(path));
    }

    @Override
    public Resource resource(String path) {
        return new FileSystemResource(resolve(path));
    }

    /**
     * Only parts untouched for {@link #LEFTOVER_AGE} count as leftovers: on a store root shared by several nodes
     * (decision 0019) another node's upload in progress is being written to and is left alone.
     */
    static final java.time.Duration LEFTOVER_AGE = java.time.Duration.ofMinutes(10);

    @Override
    public int removeLeftovers() throws IOException {
        int removed = 0;
        java.nio.file.attribute.FileTime cutoff = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(LEFTOVER_AGE));
        try (Stream<Path> files = Files.list(tmp)) {
            for (Path p : files.toList()) {
                java.nio.file.attribute.FileTime modified;
                try {
                    modified = Files.getLastModifiedTime(p);
                } catch (java.nio.file.NoSuchFileException gone) {
                    continue; // published or removed meanwhile (by another node)
                }
                if (modified.compareTo(cutoff) < 0 && Files.deleteIfExists(p)) {
                    removed++;
                    LOG.warn("Removed the leftover of an interrupted evidence upload: {}", p);
                }
            }
        }
        return removed;
    }

    private Path partOf(Received received) {
        if (!TEMP_ID.matcher(received.tempId()).matches()) {
            throw new IllegalArgumentException("bad temporary id");
        }
        return tmp.resolve(received.tempId() + ".part");
    }

    private Path resolve(String path) {
        Path p = root.resolve(path).normalize();
        if (!p.startsWith(root.resolve("sha256"))) {
            throw new IllegalArgumentException("outside the evidence store: " + path);
        }
        return p;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

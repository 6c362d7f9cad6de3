package cn.zhifa.record;

import cn.zhifa.record.internal.HeadRow;
import cn.zhifa.record.internal.RecordMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signed checkpoints of every chain's head, written outside the database (decision 0014): an append-only file
 * {@code checkpoints.jsonl} in {@code zhifa.record.checkpoint-dir}, one line per checkpoint with the heads that
 * changed since the previous one, each line chained to the previous line's SHA-256 and signed with the seal key:
 *
 * <pre>{"n":7,"at":"2026-12-05T14:00:00","key":"…","prev":"…","heads":[[12,41,"…"],…],"sig":"…"}</pre>
 *
 * The signature covers the line up to {@code ,"sig":}. Verify compares each chain with the last checkpoint that
 * names its case: a truncated tail or a recomputed entry at or before that point is found even when the database's
 * head row and seal were rolled back to an older genuine pair. The public key is written beside the file
 * ({@code keys/<keyId>.pem}). Written every {@code zhifa.record.checkpoint-cron} (default every 15 minutes).
 */
@Component
public class RecordCheckpoints {

    public static final String FILE = "checkpoints.jsonl";
    private static final Logger log = LoggerFactory.getLogger(RecordCheckpoints.class);
    private static final Pattern LINE = Pattern.compile(
            "^(\\{\"n\":(\\d+),\"at\":\"([^\"]+)\",\"key\":\"([0-9a-f]{16})\",\"prev\":\"([0-9a-f]{64})\",\"heads\":\\[(.*)\\])"
                    + ",\"sig\":\"([A-Za-z0-9+/=]+)\"\\}$");
    private static final Pattern HEAD = Pattern.compile("\\[(\\d+),(\\d+),\"([0-9a-f]{64})\"\\]");

    /** A case's head as the last checkpoint that names it recorded it. */
    public record Checkpointed(long seq, String hash, long checkpoint, String at) {
    }

    /** The last checkpoint as the portal publishes it: number, time, key, SHA-256 of its line, its signature. */
    public record Digest(long n, String at, String keyId, String lineSha256, String signature) {
    }

    private Digest digest;
    private final RecordMapper mapper;
    private final RecordSeal seal;
    private final Clock clock;
    private final Path dir;
    private final Map<Long, Checkpointed> index = new HashMap<>();
    private long readUpTo;
    private long lastN;
    private String lastLineHash = RecordCanonical.GENESIS;
    private int badLines;

    RecordCheckpoints(RecordMapper mapper, RecordSeal seal, Clock clock,
            @Value("${zhifa.record.checkpoint-dir:./data/record-checkpoints}") String dir) {
        this.mapper = mapper;
        this.seal = seal;
        this.clock = clock;
        this.dir = Path.of(dir);
    }

    public Path file() {
        return dir.resolve(FILE);
    }

    /**
     * On start: publish the public key beside the file; on the very first start with sealing (no checkpoint file
     * yet) seal the heads written before sealing existed, then write the first checkpoint of every head.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void start() {
        try {
            Files.createDirectories(dir.resolve("keys"));
            Path key = dir.resolve("keys").resolve(seal.keyId() + ".pem");
            if (!Files.exists(key)) {
                Files.writeString(key, seal.publicKeyPem());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("record checkpoint folder " + dir.toAbsolutePath(), e);
        }
        if (!Files.exists(file())) {
            int sealed = 0;
            for (HeadRow h : mapper.unsealedHeads()) {
                RecordSeal.Seal s = seal.seal(h.caseId, h.lastSeq, h.lastHash);
                sealed += mapper.sealHead(h.caseId, h.lastSeq, s.keyId(), s.signature());
            }
            if (sealed > 0) {
                log.info("Sealed {} record chain head(s) written before sealing (first start with key {})", sealed,
                        seal.keyId());
            }
            checkpoint();
        }
    }

    @Scheduled(cron = "${zhifa.record.checkpoint-cron:0 */15 * * * *}")
    public void scheduled() {
        checkpoint();
    }

    /** Appends a checkpoint with every head that changed since the last one; returns how many heads it named. */
    @Transactional(readOnly = true)
    public synchronized int checkpoint() {
        try {
            Files.createDirectories(dir);
            try (FileChannel ch = FileChannel.open(file(), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ); FileLock lock = ch.lock()) {
                refresh();
                StringBuilder heads = new StringBuilder();
                int n = 0;
                for (HeadRow h : mapper.heads()) {
                    Checkpointed c = index.get(h.caseId);
                    if (c != null && c.seq() == h.lastSeq && c.hash().equals(h.lastHash)) {
                        continue;
                    }
                    if (!seal.verify(h.caseId, h.lastSeq, h.lastHash, h.sealKey, h.seal)) {
                        // never vouch for a head the database cannot prove: verify will name it
                        log.error("Record head of case {} has no valid seal: left out of the checkpoint", h.caseId);
                        continue;
                    }
                    heads.append(n++ == 0 ? "" : ",").append('[').append(h.caseId).append(',').append(h.lastSeq)
                            .append(",\"").append(h.lastHash).append("\"]");
                }
                if (n == 0 && lastN > 0) {
                    return 0;
                }
                String body = "{\"n\":" + (lastN + 1) + ",\"at\":\""
                        + LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).format(RecordCanonical.AT)
                        + "\",\"key\":\"" + seal.keyId() + "\",\"prev\":\"" + lastLineHash + "\",\"heads\":[" + heads
                        + "]";
                String line = body + ",\"sig\":\"" + seal.sign(body) + "\"}\n";
                ch.position(ch.size());
                ch.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
                refresh();
                return n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("record checkpoint " + file().toAbsolutePath(), e);
        }
    }

    /** The last checkpointed head of a case, if any checkpoint names it. */
    public synchronized Optional<Checkpointed> latest(long caseId) {
        refresh();
        return Optional.ofNullable(index.get(caseId));
    }

    /** The last valid checkpoint, for the public digest (CT-style: publishing it pins the whole file). */
    public synchronized Optional<Digest> lastDigest() {
        refresh();
        return Optional.ofNullable(digest);
    }

    /** Lines of the file that failed their chain or signature since this process started reading it. */
    public synchronized int badLines() {
        refresh();
        return badLines;
    }

    /** Reads lines appended since the last read (by this process or another node), checking chain and signature. */
    private void refresh() {
        Path f = file();
        try {
            if (!Files.exists(f) || Files.size(f) <= readUpTo) {
                return;
            }
            try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "r")) {
                raf.seek(readUpTo);
                byte[] rest = new byte[(int) (raf.length() - readUpTo)];
                raf.readFully(rest);
                int start = 0;
                for (int i = 0; i < rest.length; i++) {
                    if (rest[i] == '\n') {
                        accept(new String(rest, start, i - start, StandardCharsets.UTF_8));
                        start = i + 1;
                    }
                }
                readUpTo += start;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("record checkpoint " + f.toAbsolutePath(), e);
        }
    }

    private void accept(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches() || !m.group(5).equals(lastLineHash) || Long.parseLong(m.group(2)) != lastN + 1
                || !seal.verify(m.group(1), m.group(4), m.group(7))) {
            badLines++;
            log.error("Record checkpoint line {} is broken (chain or signature): ignored", lastN + 1);
            return;
        }
        lastN = Long.parseLong(m.group(2));
        lastLineHash = RecordCanonical.sha256(line);
        digest = new Digest(lastN, m.group(3), m.group(4), lastLineHash, m.group(7));
        Matcher h = HEAD.matcher(m.group(6));
        while (h.find()) {
            index.put(Long.parseLong(h.group(1)), new Checkpointed(Long.parseLong(h.group(2)), h.group(3), lastN,
                    m.group(3)));
        }
    }

    /** For tests and the decision record: the file's lines. */
    List<String> lines() throws IOException {
        return Files.exists(file()) ? Files.readAllLines(file(), StandardCharsets.UTF_8) : List.of();
    }
}

package cn.zhifa.record;

import cn.zhifa.casefile.CaseArtifacts;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.Role;
import cn.zhifa.record.cli.VerifyExport;
import cn.zhifa.record.internal.HeadRow;
import cn.zhifa.record.internal.RecordMapper;
import cn.zhifa.record.internal.RecordRow;
import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.shared.StoredText;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verify and export a case's full-process record. Allowed for supervisors, heads, team leaders, legal reviewers and
 * the case's handlers, within their data scope (others' cases answer "not found"). Both acts are themselves recorded.
 */
@Service
public class RecordService {

    private final RecordMapper mapper;
    private final CaseFileService cases;
    private final RecordWriter writer;
    private final ObjectProvider<CaseArtifacts> artifacts;
    private final Clock clock;
    private final RecordSeal seal;
    private final RecordCheckpoints checkpoints;
    private final Messages messages;

    RecordService(RecordMapper mapper, CaseFileService cases, RecordWriter writer,
            ObjectProvider<CaseArtifacts> artifacts, Clock clock, RecordSeal seal, RecordCheckpoints checkpoints,
            Messages messages) {
        this.messages = messages;
        this.mapper = mapper;
        this.cases = cases;
        this.writer = writer;
        this.artifacts = artifacts;
        this.clock = clock;
        this.seal = seal;
        this.checkpoints = checkpoints;
    }

    /** Whether the actor may verify and export this case's record (after the data-scope check). */
    public boolean mayVerify(Actor actor, long caseId) {
        return actor.has(Role.SUPERVISOR) || actor.isHead() || actor.has(Role.TEAM_LEADER)
                || actor.has(Role.LEGAL_REVIEWER) || mapper.isHandler(caseId, actor.userId());
    }

    /** Checks the chain and every stored file, and records that it did. */
    @Transactional
    public Verification verify(Actor actor, long caseId) {
        authorize(actor, caseId);
        Verification v = check(caseId);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("ok", v.ok());
        d.put("entriesChecked", v.entriesChecked());
        d.put("artifactsChecked", v.artifactsChecked());
        if (v.firstBrokenEntry() != null) {
            d.put("brokenSeq", v.firstBrokenEntry().seq());
            d.put("brokenProblem", v.firstBrokenEntry().problem().name());
        }
        if (v.firstBadArtifact() != null) {
            d.put("badArtifact", v.firstBadArtifact().path());
        }
        writer.append(caseId, "RECORD_VERIFIED", actor.userId(), (String) null, d);
        return v;
    }

    /** The check itself, without access control or recording (the verify endpoint, tests, the benchmark). */
    @Transactional(readOnly = true)
    public Verification check(long caseId) {
        writer.settle(caseId);
        List<RecordRow> rows = mapper.entries(caseId);
        HeadRow head = mapper.head(caseId);
        Verification.BrokenEntry broken = checkChain(rows, head);
        if (broken == null) {
            broken = checkSeal(caseId, rows, head);
        }
        int checked = broken == null ? rows.size() : (int) Math.min(rows.size(), broken.seq());
        int files = 0;
        Verification.BadArtifact bad = null;
        for (CaseArtifacts source : artifacts.orderedStream().toList()) {
            for (CaseArtifacts.Artifact a : source.artifacts(caseId)) {
                files++;
                String actual = actualHash(a);
                if (!actual.equalsIgnoreCase(a.sha256())) {
                    bad = new Verification.BadArtifact(a.path(), a.sha256(), actual);
                    break;
                }
            }
            if (bad != null) {
                break;
            }
        }
        return new Verification(caseId, broken == null && bad == null, checked, broken, files, bad,
                LocalDateTime.now(clock));
    }

    static Verification.BrokenEntry checkChain(List<RecordRow> rows, HeadRow head) {
        String prev = RecordCanonical.GENESIS;
        long expected = 1;
        for (RecordRow r : rows) {
            if (r.seq != expected) {
                return new Verification.BrokenEntry(expected, Verification.Problem.MISSING,
                        "expected entry " + expected + ", found " + r.seq);
            }
            String computed = RecordCanonical.hash(r.prevHash, RecordWriter.canonical(r));
            if (!computed.equals(r.entryHash)) {
                for (long s = 1; s <= Math.max(rows.size(), head == null ? 0 : head.lastSeq); s++) {
                    if (s != r.seq && RecordCanonical.hash(r.prevHash, RecordWriter.canonical(r, s))
                            .equals(r.entryHash)) {
                        return new Verification.BrokenEntry(r.seq, Verification.Problem.REORDERED,
                                "the entry at " + r.seq + " was recorded as entry " + s);
                    }
                }
                return new Verification.BrokenEntry(r.seq, Verification.Problem.CONTENT_CHANGED,
                        "stored hash " + r.entryHash + ", content hashes to " + computed);
            }
            if (!r.prevHash.equals(prev)) {
                return new Verification.BrokenEntry(r.seq, Verification.Problem.PREV_HASH_MISMATCH,
                        "carries " + r.prevHash + ", entry " + (r.seq - 1) + " hashes to " + prev);
            }
            prev = r.entryHash;
            expected++;
        }
        if (head != null && head.lastSeq >= expected) {
            return new Verification.BrokenEntry(expected, Verification.Problem.MISSING,
                    "the chain ends at " + (expected - 1) + " but " + head.lastSeq + " entries were recorded");
        }
        if (head != null && !head.lastHash.equals(prev)) {
            return new Verification.BrokenEntry(expected - 1, Verification.Problem.CONTENT_CHANGED,
                    "the last entry hashes to " + prev + ", recorded tail " + head.lastHash);
        }
        return null;
    }

    List<RecordRow> entries(long caseId) {
        writer.settle(caseId);
        return mapper.entries(caseId);
    }

    HeadRow head(long caseId) {
        return mapper.head(caseId);
    }

    /**
     * Beyond the chain (decision 0014): the head must be sealed by a known key — a recomputed chain or a rewritten
     * head cannot be resealed without the key — and the chain must contain what the last checkpoint outside the
     * database recorded for this case, so a cut tail is found even with an older genuine head and seal put back.
     */
    Verification.BrokenEntry checkSeal(long caseId, List<RecordRow> rows, HeadRow head) {
        if (head == null) {
            return rows.isEmpty() ? null : new Verification.BrokenEntry(rows.size(), Verification.Problem.SEAL_MISSING,
                    "the chain has " + rows.size() + " entries but no sealed head");
        }
        if (!seal.verify(caseId, head.lastSeq, head.lastHash, head.sealKey, head.seal)) {
            return new Verification.BrokenEntry(head.lastSeq, head.seal == null ? Verification.Problem.SEAL_MISSING
                    : Verification.Problem.SEAL_INVALID, "head (entry " + head.lastSeq + ", " + head.lastHash
                    + ") is not sealed by a known key" + (head.sealKey == null ? "" : " (seal key " + head.sealKey + ")"));
        }
        var cp = checkpoints.latest(caseId);
        if (cp.isPresent()) {
            RecordCheckpoints.Checkpointed c = cp.get();
            if (c.seq() > rows.size()) {
                return new Verification.BrokenEntry(rows.size() + 1, Verification.Problem.CHECKPOINT_MISMATCH,
                        "checkpoint " + c.checkpoint() + " (" + c.at() + ") recorded " + c.seq() + " entries; the chain "
                                + "has " + rows.size() + " (tail cut)");
            }
            String at = rows.get((int) c.seq() - 1).entryHash;
            if (!at.equals(c.hash())) {
                return new Verification.BrokenEntry(c.seq(), Verification.Problem.CHECKPOINT_MISMATCH,
                        "checkpoint " + c.checkpoint() + " (" + c.at() + ") recorded " + c.hash() + " for entry "
                                + c.seq() + ", the chain has " + at + " (recomputed)");
            }
        }
        return null;
    }

    /** The SHA-256 of the stored bytes (the offline verifier's own routine), or "missing" when unreadable. */
    private static String actualHash(CaseArtifacts.Artifact a) {
        try {
            return VerifyExport.sha256(a.content().open());
        } catch (IOException | RuntimeException e) {
            return "missing";
        }
    }

    // ---- export -------------------------------------------------------------------------------------------------

    /** What an export writes: prepared (and recorded) in one transaction, streamed afterwards. */
    public record ExportPlan(long caseId, String fileName, byte[] chain, byte[] texts, byte[] seal, byte[] readme,
            byte[] sums, List<CaseArtifacts.Artifact> artifacts) {
    }

    @Transactional
    public ExportPlan prepareExport(Actor actor, long caseId) {
        var c = authorize(actor, caseId);
        artifacts.orderedStream().forEach(source -> source.prepareExport(caseId, actor.userId()));
        writer.writeHeadNow(caseId); // what was just appended (a dossier laid out for the export) is under the seal
        HeadRow head = mapper.lockHead(caseId);
        StringBuilder chain = new StringBuilder();
        StringBuilder texts = new StringBuilder(TEXTS_HEADER);
        for (RecordRow r : mapper.entries(caseId)) {
            chain.append(RecordCanonical.chainLine(r.seq, r.prevHash, r.entryHash, RecordWriter.canonical(r)))
                    .append('\n');
            texts.append(textLine(r));
        }
        byte[] chainBytes = chain.toString().getBytes(StandardCharsets.UTF_8);
        byte[] textBytes = texts.toString().getBytes(StandardCharsets.UTF_8);
        byte[] sealBytes = head == null || head.seal == null ? null : sealJson(caseId, head).getBytes(StandardCharsets.UTF_8);
        String ref = c.caseNo() == null ? "lead-" + caseId : c.caseNo();
        byte[] readme = README.formatted(ref, caseId, LocalDateTime.now(clock).format(RecordCanonical.AT))
                .getBytes(StandardCharsets.UTF_8);
        List<CaseArtifacts.Artifact> files = new ArrayList<>();
        StringBuilder sums = new StringBuilder();
        sums.append(RecordCanonical.sha256(chainBytes)).append("  ").append(CHAIN).append('\n');
        sums.append(RecordCanonical.sha256(textBytes)).append("  ").append(TEXTS).append('\n');
        if (sealBytes != null) {
            sums.append(RecordCanonical.sha256(sealBytes)).append("  ").append(SEAL).append('\n');
        }
        sums.append(RecordCanonical.sha256(readme)).append("  README.txt\n");
        for (CaseArtifacts source : artifacts.orderedStream().toList()) {
            for (CaseArtifacts.Artifact a : source.artifacts(caseId)) {
                requireSafePath(a.path());
                files.add(a);
                sums.append(a.sha256().toLowerCase()).append("  ").append(a.path()).append('\n');
            }
        }
        byte[] sumBytes = sums.toString().getBytes(StandardCharsets.UTF_8);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("manifestSha256", RecordCanonical.sha256(sumBytes));
        d.put("entries", chain.isEmpty() ? 0 : chain.toString().split("\n").length);
        d.put("artifacts", files.size());
        writer.append(caseId, "RECORD_EXPORTED", actor.userId(), (String) null, d);
        return new ExportPlan(caseId, "case-" + caseId + "-record.zip", chainBytes, textBytes, sealBytes, readme, sumBytes,
                files);
    }

    /** record/seal.json: the head's seal and the public key that checks it (the offline verifier reads it). */
    private String sealJson(long caseId, HeadRow head) {
        String publicKey = head.sealKey == null ? null : seal.publicKeyBase64(head.sealKey);
        return "{\"alg\":\"" + RecordSeal.ALGORITHM + "\",\"case\":" + caseId + ",\"seq\":" + head.lastSeq
                + ",\"hash\":\"" + head.lastHash + "\",\"key\":\"" + head.sealKey + "\",\"sig\":\"" + head.seal
                + "\",\"publicKey\":\"" + publicKey + "\"}\n";
    }

    /** Writes the ZIP; artifacts are streamed from their store, never held in memory. */
    public static void writeZip(ExportPlan plan, OutputStream out) throws IOException {
        try (var zip = new java.util.zip.ZipOutputStream(out, StandardCharsets.UTF_8)) {
            put(zip, CHAIN, plan.chain());
            put(zip, TEXTS, plan.texts());
            if (plan.seal() != null) {
                put(zip, SEAL, plan.seal());
            }
            put(zip, "README.txt", plan.readme());
            for (CaseArtifacts.Artifact a : plan.artifacts()) {
                zip.putNextEntry(entry(a.path()));
                try (InputStream in = a.content().open()) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
            put(zip, "SHA256SUMS", plan.sums());
        }
    }

    public static final String CHAIN = "record/chain.jsonl";
    public static final String SEAL = "record/seal.json";
    public static final String TEXTS = "record/texts.tsv";
    private static final String TEXTS_HEADER = "seq\taction\tkey\ttext_zh_CN\n";

    /**
     * One line of {@code record/texts.tsv}: the entry's summary as the zh-CN reader sees it, beside its message key
     * ("-" for data as typed and texts stored before decision 0033); the stored form itself is in the chain.
     */
    private String textLine(RecordRow r) {
        StoredText t = StoredText.parse(r.summary);
        String text = r.summary == null ? "" : messages.render(r.summary, Messages.ZH_CN);
        return r.seq + "\t" + r.action + "\t" + (t == null ? "-" : t.key()) + "\t"
                + text.replaceAll("[\\t\\r\\n]", " ") + "\n";
    }

    private static void put(java.util.zip.ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(entry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /**
     * A ZIP entry whose UTF-8 name is also given in an Info-ZIP Unicode Path extra field (0x7075). Java already sets
     * the language encoding flag (bit 11), but Debian's {@code unzip} 6.0 converts names of entries "made by" MS-DOS
     * (as Java writes them) from the OEM code page regardless; it takes the Unicode Path field as the name, so
     * {@code unzip} + {@code sha256sum -c SHA256SUMS} work with Chinese file names (in a UTF-8 locale).
     */
    static java.util.zip.ZipEntry entry(String name) {
        java.util.zip.ZipEntry e = new java.util.zip.ZipEntry(name);
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        boolean ascii = utf8.length == name.length();
        if (!ascii) {
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(utf8);
            long c = crc.getValue();
            int len = 1 + 4 + utf8.length;
            byte[] extra = new byte[4 + len];
            extra[0] = 0x75;
            extra[1] = 0x70;
            extra[2] = (byte) len;
            extra[3] = (byte) (len >> 8);
            extra[4] = 1; // version
            extra[5] = (byte) c;
            extra[6] = (byte) (c >> 8);
            extra[7] = (byte) (c >> 16);
            extra[8] = (byte) (c >> 24);
            System.arraycopy(utf8, 0, extra, 9, utf8.length);
            e.setExtra(extra);
        }
        return e;
    }

    private static void requireSafePath(String path) {
        if (path == null || path.isBlank() || path.startsWith("/") || path.contains("\\") || path.contains("..")
                || path.equals("SHA256SUMS") || path.equals("README.txt") || path.startsWith("record/")) {
            throw new IllegalStateException("unsafe artifact path: " + path);
        }
    }

    private cn.zhifa.casefile.CaseFile authorize(Actor actor, long caseId) {
        var c = cases.get(actor, caseId);
        if (!mayVerify(actor, caseId)) {
            throw DomainException.forbidden("record.forbidden");
        }
        return c;
    }

    private static final String README = """
            执法全过程记录导出 / Full-process record export
            案件 / case: %s (id %d), exported %s (server time, Asia/Shanghai)

            1. Files: sha256sum -c SHA256SUMS
               (every file against the SHA-256 recorded when it was stored; any changed byte fails)
            2. Chain: java VerifyExport.java <this zip>
               (the verifier shipped with Zhifa, src/main/java/cn/zhifa/record/cli/VerifyExport.java; JDK only)
               record/chain.jsonl has one entry per line:
               {"seq":n,"prev":"<hash of entry n-1, 64 zeros for 1>","hash":"<hash>","entry":<canonical entry>}
               hash = SHA-256 over the UTF-8 bytes of prev followed by the canonical entry text exactly as it
               appears in the line; entries are numbered 1..N without gaps. An entry's summary is either text as
               typed or {"key":…,"args":[…]}, a message key with its arguments (data as typed, labels as nested
               keys); record/texts.tsv shows each summary as the zh-CN reader sees it, beside its key.
            3. Seal: record/seal.json is the Ed25519 signature of the chain's last entry, made with a key the
               database does not hold, over "zhifa-record-head/v1\\n<case>\\n<seq>\\n<hash>"; the verifier checks
               it with the public key in the file, or better with the agency's published key:
               java VerifyExport.java --public-key <agency-key.pem> <this zip>
            The export itself is an entry of the case's record, with the SHA-256 of SHA256SUMS.
            """;
}

package cn.zhifa.evidence;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** Settings {@code zhifa.evidence.*} (see README). */
@ConfigurationProperties("zhifa.evidence")
public class EvidenceSettings {

    /** Root directory of the content-addressed store. */
    private Path root = Path.of("./data/evidence");

    /** Acts that cannot complete without linked video evidence with ≥ 2 certified officers present. */
    private Set<AvAct> avRequiredActs = EnumSet.allOf(AvAct.class);

    /** Largest file accepted per kind. */
    private Map<EvidenceKind, DataSize> maxSize = new EnumMap<>(Map.of(
            EvidenceKind.PHOTO, DataSize.ofMegabytes(50),
            EvidenceKind.VIDEO, DataSize.ofGigabytes(8),
            EvidenceKind.AUDIO, DataSize.ofGigabytes(1),
            EvidenceKind.DOCUMENT, DataSize.ofMegabytes(200),
            EvidenceKind.RECORD_SCAN, DataSize.ofMegabytes(200),
            EvidenceKind.ELECTRONIC_DATA, DataSize.ofGigabytes(2)));

    /** A stored file found intact and unchanged on disk is not re-hashed on each opening within this interval. */
    private java.time.Duration intactFor = java.time.Duration.ofMinutes(10);

    public java.time.Duration getIntactFor() {
        return intactFor;
    }

    public void setIntactFor(java.time.Duration intactFor) {
        this.intactFor = intactFor;
    }

    /** Copy buffer of the streaming ingest. */
    private DataSize buffer = DataSize.ofKilobytes(1024);

    public Path getRoot() {
        return root;
    }

    public void setRoot(Path root) {
        this.root = root;
    }

    public Set<AvAct> getAvRequiredActs() {
        return avRequiredActs;
    }

    public void setAvRequiredActs(Set<AvAct> avRequiredActs) {
        this.avRequiredActs = avRequiredActs.isEmpty() ? EnumSet.noneOf(AvAct.class) : EnumSet.copyOf(avRequiredActs);
    }

    public Map<EvidenceKind, DataSize> getMaxSize() {
        return maxSize;
    }

    public void setMaxSize(Map<EvidenceKind, DataSize> maxSize) {
        this.maxSize.putAll(maxSize);
    }

    public long maxBytes(EvidenceKind kind) {
        return maxSize.getOrDefault(kind, DataSize.ofGigabytes(1)).toBytes();
    }

    public DataSize getBuffer() {
        return buffer;
    }

    public void setBuffer(DataSize buffer) {
        this.buffer = buffer;
    }
}

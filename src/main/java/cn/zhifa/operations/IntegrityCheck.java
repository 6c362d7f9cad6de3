package cn.zhifa.operations;

import cn.zhifa.operations.internal.OperationsMapper;
import cn.zhifa.record.RecordService;
import cn.zhifa.record.Verification;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The whole installation's integrity, e.g. after a restore: every case's record chain and every stored file the
 * case refers to (evidence, documents) re-hashed against its recorded SHA-256 ({@link RecordService#check}). Not
 * recorded on the cases (an operator's check, not a reader's act). Served on the management port as
 * {@code /actuator/integrity}.
 */
@Service
public class IntegrityCheck {

    private static final int PAGE = 500;
    private static final int MAX_LISTED = 50;

    private final OperationsMapper mapper;
    private final RecordService records;

    IntegrityCheck(OperationsMapper mapper, RecordService records) {
        this.mapper = mapper;
        this.records = records;
    }

    /**
     * @param cases        cases checked
     * @param entries      record entries checked
     * @param files        stored files re-hashed
     * @param failedCases  cases whose chain or files do not verify
     * @param failures     the first failures (at most 50), each with its reason
     */
    public record Report(boolean ok, long cases, long entries, long files, long failedCases, List<String> failures) {
    }

    public Report run() {
        long cases = 0;
        long entries = 0;
        long files = 0;
        long failed = 0;
        List<String> failures = new ArrayList<>();
        long after = 0;
        List<Long> ids;
        do {
            ids = mapper.caseIds(after, PAGE);
            for (long id : ids) {
                Verification v = records.check(id);
                cases++;
                entries += v.entriesChecked();
                files += v.artifactsChecked();
                if (!v.ok()) {
                    failed++;
                    if (failures.size() < MAX_LISTED) {
                        failures.add("case " + id + ": " + (v.firstBrokenEntry() != null
                                ? "entry " + v.firstBrokenEntry().seq() + " " + v.firstBrokenEntry().problem()
                                : badFile(v.firstBadArtifact())));
                    }
                }
                after = id;
            }
        } while (ids.size() == PAGE);
        return new Report(failed == 0, cases, entries, files, failed, failures);
    }

    /**
     * The case's name for the file, the recorded SHA-256 (the stored file's name in the content-addressed store,
     * evidence/sha256/ab/cd/abcd…, so the operator can find it) and what the file hashes to now.
     */
    private static String badFile(Verification.BadArtifact bad) {
        return "file " + bad.path() + " expected sha256 " + bad.expected() + ", found " + bad.actual();
    }
}

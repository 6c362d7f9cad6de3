package cn.zhifa.casefile;

import java.time.LocalDate;

/**
 * Case search filters; all optional. Dates filter the registration date (inclusive); {@code procedure} is ORDINARY or
 * SUMMARY. Results are ordered newest first and paged.
 */
public record CaseQuery(String caseNo, String party, CaseStage stage, LocalDate from, LocalDate to, int offset,
        int limit, String procedure) {

    public CaseQuery(String caseNo, String party, CaseStage stage, LocalDate from, LocalDate to, int offset,
            int limit) {
        this(caseNo, party, stage, from, to, offset, limit, null);
    }

    public CaseQuery {
        if (limit <= 0 || limit > 500) {
            limit = 50;
        }
        if (offset < 0) {
            offset = 0;
        }
        if (procedure != null && procedure.isBlank()) {
            procedure = null;
        }
    }

    public static CaseQuery all() {
        return new CaseQuery(null, null, null, null, null, 0, 50);
    }
}

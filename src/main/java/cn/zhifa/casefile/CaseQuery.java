package cn.zhifa.casefile;

import java.time.LocalDate;

/**
 * Case search filters; all optional. Dates filter the registration date (inclusive). Results are ordered newest
 * first and paged.
 */
public record CaseQuery(String caseNo, String party, CaseStage stage, LocalDate from, LocalDate to, int offset,
        int limit) {

    public CaseQuery {
        if (limit <= 0 || limit > 500) {
            limit = 50;
        }
        if (offset < 0) {
            offset = 0;
        }
    }

    public static CaseQuery all() {
        return new CaseQuery(null, null, null, null, null, 0, 50);
    }
}

package cn.zhifa.casefile;

import cn.zhifa.casefile.internal.CaseFileMapper;
import cn.zhifa.casefile.internal.CaseRow;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.shared.RunningNumber;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 案件编号: {prefix}立字〔{year}〕第{nnnn}号 ({@code zhifa.case-number.pattern}), one running number per unit and year,
 * no gaps under concurrency.
 */
@Component
class CaseNumbering {

    private final CaseFileMapper mapper;
    private final OrganizationService organization;
    private final String pattern;

    CaseNumbering(CaseFileMapper mapper, OrganizationService organization,
            @Value("${zhifa.case-number.pattern:{prefix}立字〔{year}〕第{seq}号}") String pattern) {
        if (!pattern.contains("{seq}") || !pattern.contains("{year}")) {
            throw new IllegalArgumentException("zhifa.case-number.pattern needs {year} and {seq}: " + pattern);
        }
        this.mapper = mapper;
        this.organization = organization;
        this.pattern = pattern;
    }

    /** Sets the number, year and running number on the row (whose unit is known). */
    void assign(CaseRow row, LocalDate day) {
        int year = day.getYear();
        int seq = RunningNumber.take(new RunningNumber(row.unitId, null, year), mapper::bumpCaseNumber,
                () -> mapper.insertCaseNumber(row.unitId, year));
        row.caseNo = pattern.replace("{prefix}", organization.unit(row.unitId).caseNumberPrefix())
                .replace("{year}", String.valueOf(year)).replace("{seq}", String.format("%04d", seq));
        row.caseYear = year;
        row.caseSeq = seq;
    }
}

package cn.zhifa.organization;

import java.time.LocalDate;

/** 执法证: an enforcement certificate. Valid on a day when active and the day lies within its validity. */
public record Certificate(long id, long userId, String certNo, String category, LocalDate validFrom, LocalDate validTo,
        CertificateStatus status) {

    public boolean isValidOn(LocalDate day) {
        return status == CertificateStatus.ACTIVE && !day.isBefore(validFrom) && !day.isAfter(validTo);
    }
}

package cn.zhifa.organization;

import java.time.LocalDate;

public record NewCertificate(long userId, String certNo, String category, LocalDate validFrom, LocalDate validTo) {
}

package cn.zhifa.organization.internal;

import java.time.LocalDate;

/** certificate row. */
public class CertificateRow {
    public Long id;
    public Long userId;
    public String certNo;
    public String category;
    public LocalDate validFrom;
    public LocalDate validTo;
    public String status;
}

package cn.zhifa.organization.internal;

import java.time.LocalDate;

/** An app_user row with one of its roles and one of its certificates (either may be null): a row of the join. */
public class StandingRow extends UserRow {
    public String role;
    public Long certId;
    public String certNo;
    public String category;
    public LocalDate validFrom;
    public LocalDate validTo;
    public String status;
}

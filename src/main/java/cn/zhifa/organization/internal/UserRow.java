package cn.zhifa.organization.internal;

import java.time.LocalDateTime;

/** app_user row. */
public class UserRow {
    public Long id;
    public String username;
    public String passwordHash;
    public String displayName;
    public Long unitId;
    public String phone;
    public boolean enabled;
    public LocalDateTime createdAt;
}

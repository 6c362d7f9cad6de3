package cn.zhifa.organization;

import java.util.Set;

public record NewUser(String username, String password, String displayName, long unitId, String phone,
        Set<Role> roles) {
}

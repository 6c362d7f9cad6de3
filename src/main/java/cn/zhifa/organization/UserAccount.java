package cn.zhifa.organization;

import java.util.Set;

public record UserAccount(long id, String username, String displayName, long unitId, String phone, boolean enabled,
        Set<Role> roles) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    public Actor toActor() {
        return new Actor(id, username, displayName, unitId, roles);
    }
}

package cn.zhifa.organization;

import java.util.Set;

public record UserAccount(long id, String username, String displayName, long unitId, String phone, boolean enabled,
        Set<Role> roles) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    /** The account as others may see it: personal records (the phone) only for {@link Permissions#seesPersonalRecords}. */
    public UserAccount seenBy(Actor viewer) {
        return Permissions.seesPersonalRecords(viewer, id, unitId) ? this
                : new UserAccount(id, username, displayName, unitId, null, enabled, roles);
    }

    public Actor toActor() {
        return new Actor(id, username, displayName, unitId, roles);
    }
}

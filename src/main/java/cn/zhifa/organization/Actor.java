package cn.zhifa.organization;

import java.util.Set;

/** The authenticated user on whose behalf a service acts. Built from the login, never from request data. */
public record Actor(long userId, String username, String displayName, long unitId, Set<Role> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isHead() {
        return roles.contains(Role.HEAD) || roles.contains(Role.PRINCIPAL_HEAD);
    }

    /** Supervisors and admins see every unit's cases; everyone else only their own unit's. */
    public boolean seesAllUnits() {
        return roles.contains(Role.SUPERVISOR) || roles.contains(Role.ADMIN);
    }
}

package cn.zhifa.organization;

import cn.zhifa.shared.DomainException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Checks an {@link Actor} against the permission matrix ({@link Action}) and answers the candidate groups of BPMN
 * user tasks. The role and scope part is checked here before a service method runs; the relation part
 * ({@link Action.Relation}) by the service, which holds the case data, through {@link #requireRelation}.
 */
public final class Permissions {

    /** Candidate group of 案件审核: team leaders and heads (README; a unit without a team leader still works). */
    public static final String GROUP_CASE_REVIEWER = "CASE_REVIEWER";

    /** Candidate groups that are not a role name, with the roles they admit. */
    private static final Map<String, Set<Role>> GROUPS = Map.of(
            GROUP_CASE_REVIEWER, EnumSet.of(Role.TEAM_LEADER, Role.HEAD, Role.PRINCIPAL_HEAD));

    private Permissions() {
    }

    /** Whether the actor's roles allow the action (the relation is checked separately). */
    public static boolean allows(Actor actor, Action action) {
        if (actor == null) {
            return action.scope() == Action.Scope.PUBLIC;
        }
        boolean readOnly = actor.has(Role.SUPERVISOR);
        if (readOnly && action.scope() != Action.Scope.PERSONAL && action.scope() != Action.Scope.PUBLIC
                && action.scope() != Action.Scope.SUPERVISION) {
            return false;
        }
        return actor.roles().stream().anyMatch(action.roles()::contains);
    }

    /** Refuses (403, nothing changed) when the actor's roles do not allow the action. */
    public static void require(Actor actor, Action action) {
        if (!allows(actor, action)) {
            throw DomainException.forbidden("permission.denied", label(action));
        }
    }

    /** Refuses (403) when the service found the relation the action needs missing, naming the action and relation. */
    public static void requireRelation(Actor actor, Action action, boolean holds) {
        require(actor, action);
        if (!holds) {
            throw DomainException.forbidden("permission.relation." + action.relation().name(), label(action));
        }
    }

    /** The candidate groups the actor belongs to: his role names and the groups admitting one of his roles. */
    public static Set<String> candidateGroups(Actor actor) {
        Set<String> groups = new LinkedHashSet<>();
        actor.roles().forEach(r -> groups.add(r.name()));
        GROUPS.forEach((group, roles) -> {
            if (actor.roles().stream().anyMatch(roles::contains)) {
                groups.add(group);
            }
        });
        return groups;
    }

    /** Whether the actor is a member of the candidate group (a role name or a group of {@link #GROUPS}). */
    public static boolean inCandidateGroup(Actor actor, String group) {
        return group != null && candidateGroups(actor).contains(group);
    }

    /** Personal records (phones, certificate and qualification numbers) of {@code owner}: admin, himself, heads of his unit. */
    public static boolean seesPersonalRecords(Actor actor, long ownerId, long ownerUnitId) {
        return actor.has(Role.ADMIN) || actor.userId() == ownerId || actor.isHead() && actor.unitId() == ownerUnitId;
    }

    /** The action's name for messages ({@code permission.action.<NAME>} in the bundles). */
    public static Object label(Action action) {
        return new DefaultMessageSourceResolvable(new String[] {"permission.action." + action.name()}, action.name());
    }
}

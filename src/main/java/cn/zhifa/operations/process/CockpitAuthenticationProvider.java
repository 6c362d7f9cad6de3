package cn.zhifa.operations.process;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Single sign-on into the Camunda webapps (Cockpit, Admin): the user the application's own login authenticated, if
 * an ADMIN, is the Camunda user, in the {@code camunda-admin} group. Anyone else is unauthenticated for Camunda (the
 * security chain already answered 403 before this point, see {@code OperationsSecurity}).
 */
public class CockpitAuthenticationProvider implements AuthenticationProvider {

    static final String ADMIN_AUTHORITY = "ROLE_ADMIN";
    static final String ADMIN_GROUP = Groups.CAMUNDA_ADMIN;

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()
                || auth.getAuthorities().stream().noneMatch(a -> ADMIN_AUTHORITY.equals(a.getAuthority()))) {
            return AuthenticationResult.unsuccessful();
        }
        ensureCamundaUser(engine, auth.getName());
        AuthenticationResult result = AuthenticationResult.successful(auth.getName());
        result.setGroups(List.of(ADMIN_GROUP));
        return result;
    }

    /**
     * The webapps accept only users known to the engine's identity service: the admin is mirrored there on first
     * use, with a random password (nobody logs in through Camunda's own form; the application's login is the door).
     */
    static void ensureCamundaUser(ProcessEngine engine, String username) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(username).memberOfGroup(ADMIN_GROUP).count() > 0) {
            return;
        }
        ensureAdminGroup(identity);
        if (identity.createUserQuery().userId(username).count() > 0) {
            addToAdminGroup(identity, username);
            return;
        }
        User user = identity.newUser(username);
        user.setFirstName(username);
        user.setLastName("(zhifa)");
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        user.setPassword(Base64.getEncoder().encodeToString(random));
        try {
            identity.saveUser(user);
        } catch (RuntimeException concurrent) {
            if (identity.createUserQuery().userId(username).count() == 0) {
                throw concurrent;
            } // created by a parallel request
        }
        addToAdminGroup(identity, username);
    }

    /**
     * The webapps show their "initial setup" page (create the first admin — to whoever reaches it) until the group
     * {@code camunda-admin} has a member: the group is created here and every admin mirrored into it.
     */
    private static void ensureAdminGroup(IdentityService identity) {
        if (identity.createGroupQuery().groupId(ADMIN_GROUP).count() > 0) {
            return;
        }
        Group group = identity.newGroup(ADMIN_GROUP);
        group.setName("Camunda BPM Administrators");
        group.setType(Groups.GROUP_TYPE_SYSTEM);
        try {
            identity.saveGroup(group);
        } catch (RuntimeException concurrent) {
            if (identity.createGroupQuery().groupId(ADMIN_GROUP).count() == 0) {
                throw concurrent;
            } // created by a parallel request
        }
    }

    private static void addToAdminGroup(IdentityService identity, String username) {
        try {
            identity.createMembership(username, ADMIN_GROUP);
        } catch (RuntimeException concurrent) {
            if (identity.createUserQuery().userId(username).memberOfGroup(ADMIN_GROUP).count() == 0) {
                throw concurrent;
            } // added by a parallel request
        }
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // the application's login page is the challenge (the security chain redirects there)
    }
}

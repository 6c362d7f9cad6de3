package cn.zhifa.organization.internal;

import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import cn.zhifa.organization.UserAccount;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Logins come from our own users table; the principal carries the {@link Actor}. */
@Component
public class ZhifaUserDetailsService implements UserDetailsService {

    private final OrganizationMapper mapper;
    private final OrganizationService organization;

    public ZhifaUserDetailsService(OrganizationMapper mapper, OrganizationService organization) {
        this.mapper = mapper;
        this.organization = organization;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserRow row = username == null || username.length() > 50 ? null : mapper.findUserByUsername(username);
        // exactly this name: MySQL/MariaDB collations fold case and ignore trailing spaces, a login must not
        if (row == null || !row.username.equals(username)) {
            throw new UsernameNotFoundException(username);
        }
        UserAccount account = organization.user(row.id);
        List<SimpleGrantedAuthority> authorities = account.roles().stream()
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
        return new ActorPrincipal(account.toActor(), row.passwordHash, row.enabled, authorities);
    }

    /** A Spring Security user that knows its {@link Actor}. */
    public static final class ActorPrincipal extends User {
        private final Actor actor;

        ActorPrincipal(Actor actor, String hash, boolean enabled, List<SimpleGrantedAuthority> authorities) {
            super(actor.username(), hash, enabled, true, true, true, authorities);
            this.actor = actor;
        }

        public Actor actor() {
            return actor;
        }
    }
}

package cn.zhifa.organization;

import cn.zhifa.organization.internal.InstallationMapper;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The installation's bootstrap accounts, for the operators' start-up check (operations.FirstAdmin): whether any user
 * exists, the administrators' password hashes, and the first unit with its administrator — written before anyone can
 * log in, so without an actor, inside the caller's transaction. The organisation's tables stay this module's.
 */
@Component
public class InstallationAccounts {

    private final InstallationMapper mapper;

    InstallationAccounts(InstallationMapper mapper) {
        this.mapper = mapper;
    }

    public long userCount() {
        return mapper.userCount();
    }

    /** Password hashes of the enabled administrators. */
    public List<String> enabledAdminPasswordHashes() {
        return mapper.enabledAdminPasswordHashes();
    }

    public long unitByCode(String code) {
        return mapper.unitByCode(code);
    }

    public void insertUnit(String code, String name, String prefix) {
        mapper.insertUnit(code, name, prefix);
    }

    public void insertAdmin(String username, String passwordHash, String displayName, long unitId) {
        mapper.insertAdmin(username, passwordHash, displayName, unitId);
    }

    public long userByName(String username) {
        return mapper.userByName(username);
    }

    public void insertAdminRole(long userId) {
        mapper.insertAdminRole(userId);
    }
}

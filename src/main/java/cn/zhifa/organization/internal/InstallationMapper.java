package cn.zhifa.organization.internal;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The installation's first unit and administrator, written before any user can log in (see InstallationAccounts). */
@Mapper
public interface InstallationMapper {

    long userCount();

    /** Password hashes of enabled administrators (checked against the published demo password). */
    List<String> enabledAdminPasswordHashes();

    long unitByCode(@Param("code") String code);

    void insertUnit(@Param("code") String code, @Param("name") String name, @Param("prefix") String prefix);

    void insertAdmin(@Param("username") String username, @Param("hash") String hash,
            @Param("displayName") String displayName, @Param("unitId") long unitId);

    long userByName(@Param("username") String username);

    void insertAdminRole(@Param("userId") long userId);
}

package cn.zhifa.organization.internal;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface OrganizationMapper {
    void insertUnit(UnitRow row);

    UnitRow findUnit(long id);

    List<UnitRow> findUnits();

    void insertUser(UserRow row);

    int updateUser(UserRow row);

    UserRow findUser(long id);

    UserRow findUserByUsername(String username);

    List<UserRow> findUsers(@Param("unitId") Long unitId);

    List<StandingRow> findStandings(@Param("ids") Collection<Long> ids);

    List<String> findRoles(long userId);

    List<RoleRow> findRolesOfUsers(@Param("ids") Collection<Long> ids);

    void deleteRoles(long userId);

    void insertRole(@Param("userId") long userId, @Param("role") String role);

    void insertCertificate(CertificateRow row);

    int updateCertificateStatus(@Param("id") long id, @Param("status") String status);

    CertificateRow findCertificate(long id);

    CertificateRow findCertificateByNo(String certNo);

    List<CertificateRow> findCertificates(@Param("userIds") Collection<Long> userIds);

    List<CertificateRow> findAllCertificates();

    void insertItem(ItemRow row);

    int updateItem(ItemRow row);

    ItemRow findItem(long id);

    ItemRow findItemByCode(String code);

    List<ItemRow> findItems(@Param("activeOnly") boolean activeOnly);

    /** role rows for several users. */
    class RoleRow {
        public Long userId;
        public String role;
    }
}

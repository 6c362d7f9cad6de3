package cn.zhifa.organization;

import cn.zhifa.organization.internal.CertificateRow;
import cn.zhifa.organization.internal.ItemRow;
import cn.zhifa.organization.internal.OrganizationMapper;
import cn.zhifa.organization.internal.UnitRow;
import cn.zhifa.organization.internal.UserRow;
import cn.zhifa.shared.DomainException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units, users, roles, certificates and the items catalogue, and the rules about who may handle a case.
 * Changes are admin-only; every refusal is a {@link DomainException} thrown before anything is written.
 */
@Service
public class OrganizationService {

    /** Art. 42 行政处罚法: not fewer than two officers. */
    public static final int MIN_HANDLERS = 2;

    private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9_.-]{3,50}");

    private final OrganizationMapper mapper;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final PasswordPolicy passwordPolicy;

    public OrganizationService(OrganizationMapper mapper, PasswordEncoder passwordEncoder, Clock clock,
            PasswordPolicy passwordPolicy) {
        this.mapper = mapper;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.passwordPolicy = passwordPolicy;
    }

    // ---- queries -------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public UserAccount user(long id) {
        UserRow row = mapper.findUser(id);
        if (row == null) {
            throw DomainException.notFound("user.notFound", id);
        }
        return OrganizationRows.toAccount(row, mapper.findRoles(id));
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByUsername(String username) {
        UserRow row = username == null ? null : mapper.findUserByUsername(username);
        // exactly this name: the database's collation may fold case or ignore trailing spaces
        if (row != null && !row.username.equals(username)) {
            row = null;
        }
        return row == null ? Optional.empty() : Optional.of(OrganizationRows.toAccount(row, mapper.findRoles(row.id)));
    }

    @Transactional(readOnly = true)
    public List<UserAccount> users(Long unitId) {
        return withRoles(mapper.findUsers(unitId));
    }

    /** The enabled heads (负责人, incl. the principal head) of a unit: who is told of overdue work and who deliberates. */
    @Transactional(readOnly = true)
    public List<UserAccount> heads(long unitId) {
        return users(unitId).stream().filter(u -> u.enabled() && u.toActor().isHead()).toList();
    }

    @Transactional(readOnly = true)
    public List<UserAccount> usersByIds(Collection<Long> ids) {
        return standingsOf(ids).values().stream().map(Standing::account).toList();
    }

    /**
     * The accounts of {@code ids} with their roles and certificates, by id in ascending order: one statement, the
     * same for every caller asking about the same users (the step's handler check, the pre-audit and the documents
     * of one transaction share it through the read cache).
     */
    @Transactional(readOnly = true)
    public Map<Long, Standing> standingsOf(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of()
                : OrganizationRows.toStandings(mapper.findStandings(List.copyOf(new java.util.TreeSet<>(ids))));
    }

    /** Users of a unit holding a role and (for OFFICER) a certificate valid today — the choices for handlers. */
    @Transactional(readOnly = true)
    public List<UserAccount> qualifiedOfficers(long unitId) {
        LocalDate today = LocalDate.now(clock);
        List<UserAccount> officers = users(unitId).stream()
                .filter(u -> u.enabled() && u.roles().contains(Role.OFFICER) && !u.roles().contains(Role.AUXILIARY))
                .toList();
        if (officers.isEmpty()) {
            return officers;
        }
        Set<Long> certified = mapper.findCertificates(officers.stream().map(UserAccount::id).toList()).stream()
                .filter(c -> OrganizationRows.toCertificate(c).isValidOn(today)).map(c -> c.userId)
                .collect(java.util.stream.Collectors.toSet());
        return officers.stream().filter(u -> certified.contains(u.id())).toList();
    }

    @Transactional(readOnly = true)
    public Unit unit(long id) {
        UnitRow row = mapper.findUnit(id);
        if (row == null) {
            throw DomainException.notFound("unit.notFound", id);
        }
        return OrganizationRows.toUnit(row);
    }

    @Transactional(readOnly = true)
    public List<Unit> units() {
        return mapper.findUnits().stream().map(OrganizationRows::toUnit).toList();
    }

    @Transactional(readOnly = true)
    public List<Certificate> certificates(long userId) {
        return mapper.findCertificates(List.of(userId)).stream().map(OrganizationRows::toCertificate).toList();
    }

    @Transactional(readOnly = true)
    public List<Certificate> allCertificates() {
        return mapper.findAllCertificates().stream().map(OrganizationRows::toCertificate).toList();
    }

    @Transactional(readOnly = true)
    public ViolationItem item(long id) {
        ItemRow row = mapper.findItem(id);
        if (row == null) {
            throw DomainException.notFound("item.notFound", id);
        }
        return OrganizationRows.toItem(row);
    }

    @Transactional(readOnly = true)
    public List<ViolationItem> items(boolean activeOnly) {
        return mapper.findItems(activeOnly).stream().map(OrganizationRows::toItem).toList();
    }

    // ---- rules ---------------------------------------------------------------------------------------------

    /**
     * The handlers of a case: at least two distinct, enabled officers of the case's unit, none an auxiliary, each
     * holding a certificate valid on {@code day} (行政处罚法 Art. 42; 中发〔2015〕37号 §十二).
     */
    @Transactional(readOnly = true)
    public void requireQualifiedHandlers(Collection<Long> userIds, long unitId, LocalDate day) {
        Set<Long> ids = new LinkedHashSet<>(userIds);
        if (ids.size() < MIN_HANDLERS) {
            throw DomainException.invalid("handlers.tooFew", MIN_HANDLERS);
        }
        Map<Long, Standing> standings = standingsOf(ids);
        for (Long id : ids) {
            Standing standing = standings.get(id);
            if (standing == null) {
                throw DomainException.invalid("user.notFound", id);
            }
            UserAccount u = standing.account();
            if (u.roles().contains(Role.AUXILIARY)) {
                throw DomainException.invalid("handlers.auxiliary", u.displayName());
            }
            if (!u.enabled() || !u.roles().contains(Role.OFFICER)) {
                throw DomainException.invalid("handlers.notOfficer", u.displayName());
            }
            if (u.unitId() != unitId) {
                throw DomainException.invalid("handlers.otherUnit", u.displayName());
            }
            boolean valid = standing.certificates().stream().anyMatch(c -> c.isValidOn(day));
            if (!valid) {
                throw DomainException.invalid("handlers.noCertificate", u.displayName(), day);
            }
        }
    }

    // ---- administration --------------------------------------------------------------------------------------

    @RequiresPermission(Action.ADMINISTER)
    @Transactional
    public Unit createUnit(Actor admin, String code, String name, Unit.UnitKind kind, Long parentId, String prefix,
            String address, String phone) {
        requireAdmin(admin);
        requireText(code, "unit.code");
        requireText(name, "unit.name");
        requireText(prefix, "unit.prefix");
        UnitRow row = new UnitRow();
        row.code = code.trim();
        row.name = name.trim();
        row.kind = kind.name();
        row.parentId = parentId;
        row.caseNumberPrefix = prefix.trim();
        row.address = address;
        row.phone = phone;
        try {
            mapper.insertUnit(row);
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("unit.duplicate", code);
        }
        return OrganizationRows.toUnit(row);
    }

    @RequiresPermission(Action.ADMINISTER)
    @Transactional
    public UserAccount createUser(Actor admin, NewUser user) {
        requireAdmin(admin);
        if (user.username() == null || !USERNAME.matcher(user.username()).matches()) {
            throw DomainException.invalid("user.badUsername");
        }
        requireText(user.displayName(), "user.displayName");
        passwordPolicy.check(user.username(), user.password());
        validateRoles(user.roles());
        unit(user.unitId());
        UserRow row = new UserRow();
        row.username = user.username();
        row.passwordHash = passwordEncoder.encode(user.password());
        row.displayName = user.displayName().trim();
        row.unitId = user.unitId();
        row.phone = user.phone();
        row.enabled = true;
        row.createdAt = LocalDateTime.now(clock);
        try {
            mapper.insertUser(row);
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("user.duplicate", user.username());
        }
        for (Role r : user.roles()) {
            mapper.insertRole(row.id, r.name());
        }
        return user(row.id);
    }

    @RequiresPermission(Action.ADMINISTER)
    @Transactional
    public UserAccount updateUser(Actor admin, long userId, String displayName, long unitId, String phone,
            boolean enabled, Set<Role> roles) {
        requireAdmin(admin);
        requireText(displayName, "user.displayName");
        validateRoles(roles);
        unit(unitId);
        UserRow row = mapper.findUser(userId);
        if (row == null) {
            throw DomainException.notFound("user.notFound", userId);
        }
        if (userId == admin.userId() && (!enabled || !roles.contains(Role.ADMIN))) {
            throw DomainException.invalid("user.cannotLockOutSelf");
        }
        row.displayName = displayName.trim();
        row.unitId = unitId;
        row.phone = phone;
        row.enabled = enabled;
        row.passwordHash = null;
        mapper.updateUser(row);
        mapper.deleteRoles(userId);
        for (Role r : roles) {
            mapper.insertRole(userId, r.name());
        }
        return user(userId);
    }

    @RequiresPermission(Action.ADMINISTER)
    @Transactional
    public void resetPassword(Actor admin, long userId, String newPassword) {
        requireAdmin(admin);
        UserRow row = mapper.findUser(userId);
        if (row == null) {
            throw DomainException.notFound("user.notFound", userId);
        }
        passwordPolicy.check(row.username, newPassword);
        row.passwordHash = passwordEncoder.encode(newPassword);
        mapper.updateUser(row);
    }

    @RequiresPermission(Action.ADMINISTER)
    @Transactional
    public Certificate addCertificate(Actor admin, NewCertificate cert) {
        requireAdmin(admin);
        requireText(cert.certNo(), "certificate.no");
        requireText(cert.category(), "certificate.category");
        if (cert.validFrom() == null || cert.validTo() == null || cert.validTo().isBefore(cert.validFrom())) {
            throw DomainException.invalid("certificate.badValidity");
        }
        UserAccount holder = user(cert.userId());
        if (holder.roles().contains(Role.AUXILIARY)) {
            throw DomainException.invalid("certificate.auxiliary", holder.displayName());
        }
        CertificateRow row = new CertificateRow();
        row.userId = cert.userId();
        row.certNo = cert.certNo().trim();
        row.category = cert.category().trim();
        row.validFrom = cert.validFrom();
        row.validTo = cert.validTo();
        row.status = CertificateStatus.ACTIVE.name();
        try {
            mapper.insertCertificate(row);
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("certificate.duplicate", cert.certNo());
        }
        return OrganizationRows.toCertificate(row);
    }

    @RequiresPermission(Action.ADMINISTER)
    @Transactional
    public Certificate setCertificateStatus(Actor admin, long certificateId, CertificateStatus status) {
        requireAdmin(admin);
        CertificateRow row = mapper.findCertificate(certificateId);
        if (row == null) {
            throw DomainException.notFound("certificate.notFound", certificateId);
        }
        if (CertificateStatus.valueOf(row.status) == CertificateStatus.REVOKED && status != CertificateStatus.REVOKED) {
            throw DomainException.invalid("certificate.revokedIsFinal", row.certNo);
        }
        mapper.updateCertificateStatus(certificateId, status.name());
        row.status = status.name();
        return OrganizationRows.toCertificate(row);
    }

    @RequiresPermission(Action.ADMINISTER)
    @Transactional
    public ViolationItem saveItem(Actor admin, Long id, String code, String name, String violationBasis,
            String penaltyBasis, boolean active) {
        requireAdmin(admin);
        requireText(code, "item.code");
        requireText(name, "item.name");
        requireText(violationBasis, "item.violationBasis");
        requireText(penaltyBasis, "item.penaltyBasis");
        ItemRow row = id == null ? new ItemRow() : mapper.findItem(id);
        if (row == null) {
            throw DomainException.notFound("item.notFound", id);
        }
        row.code = code.trim();
        row.name = name.trim();
        row.violationBasis = violationBasis.trim();
        row.penaltyBasis = penaltyBasis.trim();
        row.active = active;
        try {
            if (id == null) {
                mapper.insertItem(row);
            } else {
                mapper.updateItem(row);
            }
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("item.duplicate", code);
        }
        return OrganizationRows.toItem(row);
    }

    public static void requireAdmin(Actor actor) {
        if (!actor.has(Role.ADMIN)) {
            throw DomainException.forbidden("auth.adminOnly");
        }
    }

    // ---- mapping -------------------------------------------------------------------------------------------

    private static void validateRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw DomainException.invalid("user.noRole");
        }
        if (roles.contains(Role.AUXILIARY) && roles.contains(Role.OFFICER)) {
            throw DomainException.invalid("user.auxiliaryOfficer");
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("field.required", field);
        }
    }

    private List<UserAccount> withRoles(List<UserRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> roles = new HashMap<>();
        mapper.findRolesOfUsers(rows.stream().map(r -> r.id).toList())
                .forEach(r -> roles.computeIfAbsent(r.userId, k -> new ArrayList<>()).add(r.role));
        return rows.stream().map(r -> OrganizationRows.toAccount(r, roles.getOrDefault(r.id, List.of()))).toList();
    }
}

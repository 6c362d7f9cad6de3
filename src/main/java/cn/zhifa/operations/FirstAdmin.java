package cn.zhifa.operations;

import cn.zhifa.demo.DemoData;
import cn.zhifa.organization.InstallationAccounts;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first administrator of an empty database when no demo data is asked for: one authority unit and the
 * {@code admin} login with the password from {@code ZHIFA_ADMIN_PASSWORD} (everything else is then created by that
 * admin through the screens). On the {@code mysql} profile — the production database — start-up is refused while
 * the first admin would get no password or a published one, while demo data (published password) would be seeded,
 * or while an enabled administrator still has the published demo password; {@code zhifa.security.allow-default-passwords=true}
 * lifts this for demonstrations and tests. On H2 without a password, a random one is generated and logged once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class FirstAdmin implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    /** Passwords never accepted for the first admin (the published demo password among them). */
    static final Set<String> WEAK = Set.of(DemoData.PASSWORD, "admin", "password", "123456", "12345678", "changeit",
            "changeme", "zhifa", "admin123");

    static final int MIN_LENGTH = 10;

    private final InstallationAccounts mapper;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;
    private final Environment env;
    private final boolean demoData;
    private final boolean allowDefault;
    private final String username;
    private final String password;
    private final String unitCode;
    private final String unitName;
    private final String unitPrefix;

    FirstAdmin(InstallationAccounts mapper, PasswordEncoder encoder, TransactionTemplate tx, Environment env,
            @Value("${zhifa.demo-data:false}") boolean demoData,
            @Value("${zhifa.security.allow-default-passwords:false}") boolean allowDefault,
            @Value("${zhifa.admin.username:admin}") String username,
            @Value("${zhifa.admin.password:${ZHIFA_ADMIN_PASSWORD:}}") String password,
            @Value("${zhifa.admin.unit-code:AUTHORITY}") String unitCode,
            @Value("${zhifa.admin.unit-name:\u6267\u6cd5\u673a\u5173}") String unitName,
            @Value("${zhifa.admin.unit-prefix:\u6267}") String unitPrefix) {
        this.mapper = mapper;
        this.encoder = encoder;
        this.tx = tx;
        this.env = env;
        this.demoData = demoData;
        this.allowDefault = allowDefault;
        this.username = username;
        this.password = password;
        this.unitCode = unitCode;
        this.unitName = unitName;
        this.unitPrefix = unitPrefix;
    }

    /** Whether published default passwords are refused: on the production database unless explicitly allowed. */
    boolean refusesDefaults() {
        return env.acceptsProfiles(Profiles.of("mysql")) && !allowDefault;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean empty = mapper.userCount() == 0;
        if (empty && demoData) {
            if (refusesDefaults()) {
                throw new IllegalStateException("Refusing to start: demo data on the mysql profile would create "
                        + "logins with the published password. Set ZHIFA_DEMO_DATA=false (and ZHIFA_ADMIN_PASSWORD), "
                        + "or zhifa.security.allow-default-passwords=true for a demonstration database.");
            }
            return; // DemoData seeds the organisation
        }
        if (empty) {
            createFirstAdmin();
        }
        if (refusesDefaults()) {
            for (String hash : mapper.enabledAdminPasswordHashes()) {
                if (encoder.matches(DemoData.PASSWORD, hash)) {
                    throw new IllegalStateException("Refusing to start: an enabled administrator still has the "
                            + "published demo password. Change it (or disable the account) first, or set "
                            + "zhifa.security.allow-default-passwords=true for a demonstration database.");
                }
            }
        }
    }

    private void createFirstAdmin() {
        String pw = password == null ? "" : password.strip();
        boolean generated = false;
        if (pw.isEmpty()) {
            if (refusesDefaults()) {
                throw new IllegalStateException("Refusing to start: the database has no user; set ZHIFA_ADMIN_PASSWORD "
                        + "(at least " + MIN_LENGTH + " characters) for the first administrator '" + username + "'.");
            }
            pw = generate();
            generated = true;
        }
        requireStrong(pw);
        String finalPw = pw;
        tx.executeWithoutResult(s -> {
            mapper.insertUnit(unitCode, unitName, unitPrefix);
            mapper.insertAdmin(username, encoder.encode(finalPw), "\u7cfb\u7edf\u7ba1\u7406\u5458",
                    mapper.unitByCode(unitCode));
            mapper.insertAdminRole(mapper.userByName(username));
        });
        if (generated) {
            LOG.warn("First administrator '{}' created with the generated password: {}  (set ZHIFA_ADMIN_PASSWORD to "
                    + "choose it; change it after the first login)", username, pw);
        } else {
            LOG.info("First administrator '{}' created with the password from ZHIFA_ADMIN_PASSWORD", username);
        }
    }

    static void requireStrong(String pw) {
        if (pw.length() < MIN_LENGTH || WEAK.contains(pw.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalStateException("Refusing to start: ZHIFA_ADMIN_PASSWORD must have at least " + MIN_LENGTH
                    + " characters and must not be a published default password.");
        }
    }

    private static String generate() {
        byte[] b = new byte[15];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}

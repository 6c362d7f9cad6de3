package cn.zhifa.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.zhifa.demo.DemoData;
import cn.zhifa.organization.InstallationAccounts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** The first admin and the refusal of published default passwords on the production database (mysql profile). */
class FirstAdminTest {

    private final InstallationAccounts mapper = mock(InstallationAccounts.class);
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);

    private FirstAdmin firstAdmin(boolean mysql, boolean demo, boolean allowDefault, String password) {
        MockEnvironment env = new MockEnvironment();
        if (mysql) {
            env.setActiveProfiles("mysql");
        }
        PlatformTransactionManager tm = mock(PlatformTransactionManager.class);
        when(tm.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
        return new FirstAdmin(mapper, encoder, new TransactionTemplate(tm), env, demo, allowDefault, "admin",
                password, "AUTHORITY", "执法机关", "执");
    }

    private void run(FirstAdmin f) {
        f.run(new DefaultApplicationArguments());
    }

    private void assertNothingWritten() {
        verify(mapper, never()).insertUnit(anyString(), anyString(), anyString());
        verify(mapper, never()).insertAdmin(anyString(), anyString(), anyString(), anyLong());
        verify(mapper, never()).insertAdminRole(anyLong());
    }

    @Test
    void anEmptyProductionDatabaseGetsTheFirstAdminWithThePasswordFromTheEnvironment() {
        when(mapper.userCount()).thenReturn(0L);
        when(mapper.unitByCode("AUTHORITY")).thenReturn(7L);
        when(mapper.userByName("admin")).thenReturn(11L);
        run(firstAdmin(true, false, false, "Tr0ub4dor&3-horse"));
        ArgumentCaptor<String> hash = ArgumentCaptor.forClass(String.class);
        verify(mapper).insertUnit("AUTHORITY", "执法机关", "执");
        verify(mapper).insertAdmin(eq("admin"), hash.capture(), eq("系统管理员"), eq(7L));
        verify(mapper).insertAdminRole(11L);
        assertThat(encoder.matches("Tr0ub4dor&3-horse", hash.getValue())).isTrue();
    }

    @Test
    void theProductionDatabaseRefusesToStartWithoutAnAdminPassword() {
        when(mapper.userCount()).thenReturn(0L);
        assertThatThrownBy(() -> run(firstAdmin(true, false, false, "")))
                .hasMessageContaining("ZHIFA_ADMIN_PASSWORD");
        assertNothingWritten();
    }

    @Test
    void publishedOrShortPasswordsAreRefusedAndNothingIsCreated() {
        when(mapper.userCount()).thenReturn(0L);
        for (String weak : List.of(DemoData.PASSWORD, "admin", "Password", "short1")) {
            assertThatThrownBy(() -> run(firstAdmin(true, false, false, weak))).as(weak)
                    .hasMessageContaining("published default password");
            assertThatThrownBy(() -> run(firstAdmin(false, false, false, weak))).as(weak)
                    .isInstanceOf(IllegalStateException.class);
        }
        assertNothingWritten();
    }

    @Test
    void demoDataOnTheProductionDatabaseIsRefusedUnlessAllowed() {
        when(mapper.userCount()).thenReturn(0L);
        assertThatThrownBy(() -> run(firstAdmin(true, true, false, "")))
                .hasMessageContaining("demo data on the mysql profile");
        assertNothingWritten();
        run(firstAdmin(true, true, true, "")); // a demonstration database: DemoData seeds it
        run(firstAdmin(false, true, false, "")); // H2 quick start: the demo as before
        assertNothingWritten();
    }

    @Test
    void anAdministratorWithTheDemoPasswordStopsTheProductionStart() {
        when(mapper.userCount()).thenReturn(20L);
        when(mapper.enabledAdminPasswordHashes()).thenReturn(List.of(encoder.encode("a-long-secret-1"),
                encoder.encode(DemoData.PASSWORD)));
        assertThatThrownBy(() -> run(firstAdmin(true, false, false, "")))
                .hasMessageContaining("published demo password");
        run(firstAdmin(true, false, true, "")); // explicitly allowed
        run(firstAdmin(false, false, false, "")); // H2: not the production database
        assertNothingWritten();
    }

    @Test
    void onH2WithoutAPasswordTheFirstAdminGetsAGeneratedOne() {
        when(mapper.userCount()).thenReturn(0L);
        when(mapper.unitByCode("AUTHORITY")).thenReturn(1L);
        when(mapper.userByName("admin")).thenReturn(2L);
        run(firstAdmin(false, false, false, " "));
        ArgumentCaptor<String> hash = ArgumentCaptor.forClass(String.class);
        verify(mapper).insertAdmin(eq("admin"), hash.capture(), anyString(), eq(1L));
        assertThat(encoder.matches(DemoData.PASSWORD, hash.getValue())).isFalse();
        assertThat(hash.getValue()).startsWith("$2");
    }
}

package org.policyops.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;
import javax.security.auth.login.Configuration;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policyops.api.RegionCode;
import org.policyops.core.rest.PolicyOpsPrincipal;
import org.policyops.testing.MovableClock;

class JaasAuthenticatorTest {

    static final String REALM = "policyops-test";

    /** Knows one user, alice/secret, with the roles planner and region:eu; counts login attempts. */
    public static final class TestLoginModule implements LoginModule {
        static final AtomicInteger LOGINS = new AtomicInteger();

        private Subject subject;
        private CallbackHandler handler;
        private String user;

        @Override
        public void initialize(Subject subject, CallbackHandler handler, Map<String, ?> sharedState, Map<String, ?> options) {
            this.subject = subject;
            this.handler = handler;
        }

        @Override
        public boolean login() throws LoginException {
            LOGINS.incrementAndGet();
            NameCallback name = new NameCallback("user");
            PasswordCallback password = new PasswordCallback("password", false);
            try {
                handler.handle(new Callback[] { name, password });
            } catch (Exception e) {
                throw new LoginException(e.toString());
            }
            if (!"alice".equals(name.getName()) || !"secret".equals(new String(password.getPassword()))) {
                throw new FailedLoginException("wrong user name or password");
            }
            user = name.getName();
            return true;
        }

        @Override
        public boolean commit() {
            subject.getPrincipals().add(new UserPrincipal(user));
            subject.getPrincipals().add(new RolePrincipal("planner"));
            subject.getPrincipals().add(new RolePrincipal("region:eu"));
            return true;
        }

        @Override
        public boolean abort() {
            return true;
        }

        @Override
        public boolean logout() {
            return true;
        }
    }

    private Configuration previous;

    @BeforeEach
    void installTestRealm() {
        try {
            previous = Configuration.getConfiguration();
        } catch (SecurityException e) {
            previous = null;
        }
        Configuration.setConfiguration(new Configuration() {
            @Override
            public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
                return REALM.equals(name)
                        ? new AppConfigurationEntry[] { new AppConfigurationEntry(TestLoginModule.class.getName(),
                                LoginModuleControlFlag.REQUIRED, Map.of()) }
                        : null;
            }
        });
        TestLoginModule.LOGINS.set(0);
    }

    @AfterEach
    void restoreConfiguration() {
        Configuration.setConfiguration(previous);
    }

    private static JaasAuthenticator authenticator(String realm, int cacheSeconds) {
        JaasAuthenticator authenticator = new JaasAuthenticator();
        authenticator.configure(config(realm, cacheSeconds));
        return authenticator;
    }

    private static SecurityConfig config(String realm, int cacheSeconds) {
        return new SecurityConfig() {
            @Override
            public String realm() {
                return realm;
            }

            @Override
            public int loginCacheSeconds() {
                return cacheSeconds;
            }

            @Override
            public int maxFailedLoginsPerUser() {
                return 5;
            }

            @Override
            public int maxFailedLoginsPerAddress() {
                return 20;
            }

            @Override
            public int failedLoginWindowSeconds() {
                return 300;
            }

            @Override
            public int loginCoolDownSeconds() {
                return 60;
            }

            @Override
            public int failedLoginEntries() {
                return 10_000;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return SecurityConfig.class;
            }
        };
    }

    private static Optional<PolicyOpsPrincipal> login(JaasAuthenticator a, String user, String password) {
        return a.authenticate(user, password.toCharArray());
    }

    @Test
    void theRealmsRolePrincipalsBecomeTheUsersRoles() {
        PolicyOpsPrincipal alice = login(authenticator(REALM, 30), "alice", "secret").orElseThrow();

        assertEquals("alice", alice.getName());
        assertEquals(Set.of("planner", "region:eu"), alice.roles());
        assertEquals(Set.of(RegionCode.of("EU")), alice.regions());
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertEquals(Optional.empty(), login(authenticator(REALM, 30), "alice", "guess"));
    }

    @Test
    void anUnknownUserIsRefused() {
        assertEquals(Optional.empty(), login(authenticator(REALM, 30), "mallory", "secret"));
    }

    @Test
    void anUnknownRealmRefusesEveryone() {
        assertEquals(Optional.empty(), login(authenticator("no-such-realm", 30), "alice", "secret"));
    }

    @Test
    void aRepeatedLoginIsAnsweredFromTheCacheWithoutAskingTheRealm() {
        JaasAuthenticator a = authenticator(REALM, 30);

        PolicyOpsPrincipal first = login(a, "alice", "secret").orElseThrow();
        PolicyOpsPrincipal second = login(a, "alice", "secret").orElseThrow();

        assertSame(first, second);
        assertEquals(1, TestLoginModule.LOGINS.get());
    }

    @Test
    void aWrongPasswordIsNeverAnsweredFromTheCache() {
        JaasAuthenticator a = authenticator(REALM, 30);
        login(a, "alice", "secret");

        assertEquals(Optional.empty(), login(a, "alice", "guess"));
        assertEquals(Optional.empty(), login(a, "alice", "guess"));
        assertEquals(3, TestLoginModule.LOGINS.get());
    }

    @Test
    void aCorrectPasswordStillWorksAfterAWrongOne() {
        JaasAuthenticator a = authenticator(REALM, 30);
        login(a, "alice", "guess");

        assertTrue(login(a, "alice", "secret").isPresent());
    }

    @Test
    void withTheCacheTurnedOffEveryRequestLogsIn() {
        JaasAuthenticator a = authenticator(REALM, 0);

        login(a, "alice", "secret");
        login(a, "alice", "secret");

        assertEquals(2, TestLoginModule.LOGINS.get());
    }

    @Test
    void reconfiguringForgetsCachedLogins() {
        JaasAuthenticator a = authenticator(REALM, 30);
        PolicyOpsPrincipal first = login(a, "alice", "secret").orElseThrow();

        a.configure(config(REALM, 30));

        assertNotSame(first, login(a, "alice", "secret").orElseThrow());
        assertEquals(2, TestLoginModule.LOGINS.get());
    }

    @Test
    void aCachedLoginExpires() {
        MovableClock clock = new MovableClock(Instant.parse("2026-12-06T12:00:00Z"));
        JaasAuthenticator a = new JaasAuthenticator(clock);
        a.configure(config(REALM, 30));
        login(a, "alice", "secret");

        clock.advance(Duration.ofSeconds(29));
        login(a, "alice", "secret");
        assertEquals(1, TestLoginModule.LOGINS.get(), "still cached one second before it expires");

        clock.advance(Duration.ofSeconds(1));
        login(a, "alice", "secret");
        assertEquals(2, TestLoginModule.LOGINS.get(), "expired after the configured 30 seconds");
    }

    @Test
    void theUserNameIsPartOfTheCacheKey() {
        JaasAuthenticator a = authenticator(REALM, 30);
        login(a, "alice", "secret");

        assertEquals(Optional.empty(), login(a, "bob", "secret"));
    }

    @Test
    void theThreadsContextClassLoaderIsRestoredAfterLogin() {
        ClassLoader mine = new ClassLoader(getClass().getClassLoader()) {
        };
        Thread.currentThread().setContextClassLoader(mine);
        try {
            login(authenticator(REALM, 0), "alice", "secret");
            login(authenticator(REALM, 0), "alice", "guess");

            assertSame(mine, Thread.currentThread().getContextClassLoader());
        } finally {
            Thread.currentThread().setContextClassLoader(mine.getParent());
        }
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefusedWithoutAskingTheRealmUntilTheCoolDownEnds() {
        MovableClock clock = new MovableClock(Instant.parse("2026-12-06T12:00:00Z"));
        JaasAuthenticator a = new JaasAuthenticator(clock);
        a.configure(config(REALM, 30));
        for (int i = 0; i < 5; i++) {
            assertEquals(Optional.empty(), a.authenticate("alice", "guess".toCharArray(), "192.0.2.1"));
        }
        int asked = TestLoginModule.LOGINS.get();

        LoginThrottledException refused = assertThrows(LoginThrottledException.class,
                () -> a.authenticate("alice", "secret".toCharArray(), "192.0.2.1"));
        assertEquals(60, refused.retryAfterSeconds());
        assertThrows(LoginThrottledException.class, () -> a.authenticate("alice", "secret".toCharArray(), "192.0.2.9"),
                "the user is cooling down, whichever address asks");
        assertEquals(asked, TestLoginModule.LOGINS.get(), "the realm is not asked while cooling down");

        clock.advance(Duration.ofSeconds(60));
        assertTrue(a.authenticate("alice", "secret".toCharArray(), "192.0.2.1").isPresent());
    }

    @Test
    void anotherUserFromTheSameAddressIsNotLockedOutByOneUsersFailures() {
        JaasAuthenticator a = authenticator(REALM, 30);
        for (int i = 0; i < 5; i++) {
            a.authenticate("bob", "guess".toCharArray(), "192.0.2.1");
        }

        assertTrue(a.authenticate("alice", "secret".toCharArray(), "192.0.2.1").isPresent());
    }

    @Test
    void aLogLineShowsControlCharactersEscaped() {
        assertEquals("eve\\u000aforged line", JaasAuthenticator.printable("eve\nforged line"));
    }
}

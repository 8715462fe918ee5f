package org.policyops.core.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.policyops.core.rest.PolicyOpsPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates against a Karaf JAAS realm ({@code karaf} by default, the users of {@code etc/users.properties}
 * managed with {@code jaas:*} commands). Successful logins are remembered for a short time so that a busy client
 * does not pay for a realm login on every request; a wrong password is never cached. Failed logins are logged (user
 * and address, never the password) and counted by a {@link LoginThrottle}: too many refuse further logins for a
 * cool-down.
 */
@Component(service = Authenticator.class, configurationPid = "org.policyops.security")
@Designate(ocd = SecurityConfig.class)
public class JaasAuthenticator implements Authenticator {

    private static final Logger LOG = LoggerFactory.getLogger(JaasAuthenticator.class);

    private record Cached(PolicyOpsPrincipal principal, Instant expiresAt) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Clock clock;
    private final LoginThrottle throttle;
    private volatile String realm;
    private volatile Duration cacheFor = Duration.ZERO;
    private volatile Duration coolDown = Duration.ZERO;

    public JaasAuthenticator() {
        this(Clock.systemUTC());
    }

    /** With the clock that decides when a cached login expires (tests move it instead of waiting). */
    JaasAuthenticator(Clock clock) {
        this.clock = clock;
        this.throttle = new LoginThrottle(clock);
    }

    @Activate
    @Modified
    void configure(SecurityConfig config) {
        this.realm = config.realm();
        this.cacheFor = Duration.ofSeconds(Math.max(0, config.loginCacheSeconds()));
        cache.clear();
        this.coolDown = Duration.ofSeconds(Math.max(1, config.loginCoolDownSeconds()));
        throttle.configure(new LoginThrottle.Settings(Math.max(0, config.maxFailedLoginsPerUser()),
                Math.max(0, config.maxFailedLoginsPerAddress()),
                Duration.ofSeconds(Math.max(1, config.failedLoginWindowSeconds())),
                coolDown,
                Math.max(100, config.failedLoginEntries())));
    }

    @Override
    public Optional<PolicyOpsPrincipal> authenticate(String user, char[] password) {
        return authenticate(user, password, null);
    }

    @Override
    public Optional<PolicyOpsPrincipal> authenticate(String user, char[] password, String address) {
        // Checked before the cache: a cached login answers only the right password, so answering it while the
        // user is cooling down would tell a guessing client that it has found the password.
        Duration wait = throttle.retryAfter(user, address);
        if (!wait.isZero()) {
            // Not at WARN: requests during a cool-down cost nothing else, and must not be a way to fill the log.
            LOG.debug("Login of user '{}' from {} refused: cooling down after too many failed logins ({} s left)",
                    printable(user), address == null ? "an unknown address" : printable(address), wait.toSeconds());
            throw new LoginThrottledException(wait);
        }
        Optional<PolicyOpsPrincipal> result = check(user, password);
        if (result.isPresent()) {
            throttle.succeeded(user, address);
        } else {
            boolean coolingDown = throttle.failed(user, address);
            LOG.warn("Failed login of user '{}' from {} (realm {}){}", printable(user),
                    address == null ? "an unknown address" : printable(address), realm,
                    coolingDown ? "; too many failures: further logins of this user or from this address are refused for "
                            + coolDown.toSeconds() + " s" : "");
        }
        return result;
    }

    /** A user name as one short log line: whatever the client sent, it cannot forge further log lines. */
    static String printable(String text) {
        String shortened = text.length() > 100 ? text.substring(0, 100) + "…" : text;
        StringBuilder out = new StringBuilder(shortened.length());
        shortened.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private Optional<PolicyOpsPrincipal> check(String user, char[] password) {
        String key = cacheKey(user, password);
        Cached hit = cache.get(key);
        Instant now = clock.instant();
        if (hit != null && now.isBefore(hit.expiresAt())) {
            return Optional.of(hit.principal());
        }
        Optional<PolicyOpsPrincipal> result = login(user, password);
        if (result.isPresent() && !cacheFor.isZero()) {
            if (cache.size() > 10_000) {
                cache.clear();
            }
            cache.put(key, new Cached(result.get(), now.plus(cacheFor)));
        } else {
            cache.remove(key);
        }
        return result;
    }

    private Optional<PolicyOpsPrincipal> login(String user, char[] password) {
        Subject subject = new Subject();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            // Karaf's JAAS configuration looks login modules up through the realm services; the context class
            // loader must not be the web container's, or some modules fail to load.
            Thread.currentThread().setContextClassLoader(getClass().getClassLoader());
            LoginContext login = new LoginContext(realm, subject, callbacks -> handle(callbacks, user, password));
            login.login();
            Set<String> roles = new HashSet<>();
            for (Principal p : subject.getPrincipals()) {
                if (p instanceof RolePrincipal) {
                    roles.add(p.getName());
                }
            }
            return Optional.of(new PolicyOpsPrincipal(user, roles));
        } catch (LoginException e) {
            LOG.debug("Login of '{}' failed in realm {}: {}", user, realm, e.getMessage());
            return Optional.empty();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static void handle(Callback[] callbacks, String user, char[] password) throws UnsupportedCallbackException {
        for (Callback c : callbacks) {
            if (c instanceof NameCallback name) {
                name.setName(user);
            } else if (c instanceof PasswordCallback pw) {
                pw.setPassword(password);
            } else {
                throw new UnsupportedCallbackException(c);
            }
        }
    }

    private static String cacheKey(String user, char[] password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(user.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

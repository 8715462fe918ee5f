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
 * does not pay for a realm login on every request; a wrong password is never cached.
 */
@Component(service = Authenticator.class, configurationPid = "org.policyops.security")
@Designate(ocd = SecurityConfig.class)
public class JaasAuthenticator implements Authenticator {

    private static final Logger LOG = LoggerFactory.getLogger(JaasAuthenticator.class);

    private record Cached(PolicyOpsPrincipal principal, Instant expiresAt) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Clock clock;
    private volatile String realm;
    private volatile Duration cacheFor = Duration.ZERO;

    public JaasAuthenticator() {
        this(Clock.systemUTC());
    }

    /** With the clock that decides when a cached login expires (tests move it instead of waiting). */
    JaasAuthenticator(Clock clock) {
        this.clock = clock;
    }

    @Activate
    @Modified
    void configure(SecurityConfig config) {
        this.realm = config.realm();
        this.cacheFor = Duration.ofSeconds(Math.max(0, config.loginCacheSeconds()));
        cache.clear();
    }

    @Override
    public Optional<PolicyOpsPrincipal> authenticate(String user, char[] password) {
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

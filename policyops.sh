#!/usr/bin/env bash
# Starts and stops a local PolicyOps platform built from this checkout.
#   ./policyops.sh start    build if needed, start in the background, wait until healthy, print URL and login
#   ./policyops.sh stop     stop it
#   ./policyops.sh status   is it running and healthy?
#   ./policyops.sh console  start in the foreground with the Karaf console (Ctrl-D stops it)
# Environment: POLICYOPS_HTTP_PORT (default 8181), POLICYOPS_ADMIN_PASSWORD (first start only; otherwise a
# random password is generated and saved in run/policyops/data/initial-admin-password).
set -euo pipefail
cd "$(dirname "$0")"

VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
DIST=distribution/target/policyops-distribution-$VERSION.tar.gz
HOME_DIR=run/policyops
PORT=${POLICYOPS_HTTP_PORT:-8181}
BASE_URL=http://localhost:$PORT

die() { echo "policyops: $*" >&2; exit 1; }

healthy() { curl -fsS -o /dev/null --max-time 2 "$BASE_URL/api/health" 2>/dev/null; }

running() { [ -x "$HOME_DIR/bin/status" ] && "$HOME_DIR/bin/status" >/dev/null 2>&1; }

build_if_needed() {
    command -v mvn >/dev/null || die "Maven (mvn) is needed to build PolicyOps: install Maven 3.8+ and Java 17."
    if [ -f "$DIST" ] && [ -z "$(find pom.xml bundles features distribution -newer "$DIST" -type f -not -path '*/target/*' 2>/dev/null | head -1)" ]; then
        return
    fi
    echo "Building PolicyOps (tests skipped; run them with: mvn -B install) ..."
    mvn -B -q -ntp install -DskipTests || die "the build failed; see the Maven output above."
}

# Unpacks the distribution into run/policyops. An existing installation keeps its database, its users, the initial
# administrator password and the SSH keys; everything else (bundles, Karaf's caches) comes fresh from the new build.
install_if_needed() {
    if [ -d "$HOME_DIR" ] && [ ! "$DIST" -nt "$HOME_DIR/.installed" ]; then
        return
    fi
    running && die "PolicyOps is running from an older build: ./policyops.sh stop first."
    local fresh
    mkdir -p run
    fresh=$(mktemp -d run/.unpack.XXXXXX)
    tar xzf "$DIST" -C "$fresh"
    local unpacked="$fresh/policyops-distribution-$VERSION"
    if [ -d "$HOME_DIR" ]; then
        echo "Upgrading $HOME_DIR to the new build; keeping its database, users and SSH keys."
        [ -d "$HOME_DIR/data/h2" ] && mkdir -p "$unpacked/data" && cp -a "$HOME_DIR/data/h2" "$unpacked/data/"
        [ -f "$HOME_DIR/data/initial-admin-password" ] && cp -a "$HOME_DIR/data/initial-admin-password" "$unpacked/data/"
        cp -a "$HOME_DIR/etc/users.properties" "$unpacked/etc/users.properties"
        # SSH keys of administrators (docs/operations/scripting.md) and the server's own host key, so scripts keep
        # logging in without a password and ssh does not see a changed host.
        cp -a "$HOME_DIR/etc/keys.properties" "$unpacked/etc/keys.properties"
        for key in host.key host.key.pub; do
            if [ -f "$HOME_DIR/etc/$key" ]; then cp -a "$HOME_DIR/etc/$key" "$unpacked/etc/$key"; fi
        done
        rm -rf "$HOME_DIR"
    fi
    # Credentials for the owner only (the archive does not keep modes; PolicyOps checks it again at every start).
    chmod 600 "$unpacked/etc/users.properties" "$unpacked/etc/keys.properties"
    mv "$unpacked" "$HOME_DIR"
    rm -rf "$fresh"
    touch "$HOME_DIR/.installed"
}

set_port() {
    sed -i -E "s/^(org\.osgi\.service\.http\.port *= *).*/\1$PORT/" "$HOME_DIR/etc/org.ops4j.pax.web.cfg"
}

print_login() {
    echo
    echo "PolicyOps is up: $BASE_URL/api   (health: $BASE_URL/api/health)"
    if [ -f "$HOME_DIR/data/initial-admin-password" ]; then
        echo "Log in as:       admin / $(cat "$HOME_DIR/data/initial-admin-password")"
        echo "                 (generated at first start, saved in $HOME_DIR/data/initial-admin-password)"
    else
        echo "Log in as:       admin / the password POLICYOPS_ADMIN_PASSWORD had at first start"
    fi
    echo "Try:             curl -u admin:PASSWORD $BASE_URL/api/planning/policies"
    echo "Logs:            $HOME_DIR/data/log/karaf.log      Stop: ./policyops.sh stop"
}

wait_healthy() {
    local started=$SECONDS
    while [ $((SECONDS - started)) -lt 180 ]; do
        healthy && return 0
        # bin/start returns before Karaf records itself as running: only give up on it after a grace period.
        if [ $((SECONDS - started)) -gt 20 ] && ! running; then
            echo "PolicyOps stopped during start-up." >&2
            break
        fi
        sleep 0.5
    done
    echo "PolicyOps did not become healthy. Health says:" >&2
    curl -sS --max-time 2 "$BASE_URL/api/health" >&2 || true
    echo >&2
    echo "Last log lines ($HOME_DIR/data/log/karaf.log):" >&2
    tail -n 30 "$HOME_DIR/data/log/karaf.log" >&2 || true
    exit 1
}

case "${1:-start}" in
    start)
        if running; then
            echo "PolicyOps is already running."
            wait_healthy
            print_login
            exit 0
        fi
        build_if_needed
        install_if_needed
        set_port
        echo "Starting PolicyOps on port $PORT ..."
        "$HOME_DIR/bin/start"
        wait_healthy
        print_login
        ;;
    console)
        build_if_needed
        install_if_needed
        set_port
        exec "$HOME_DIR/bin/karaf"
        ;;
    stop)
        if running; then
            # Karaf reports itself stopped before its JVM has exited; wait for the JVM, or a start right after
            # this one finds the old process still holding the installation.
            pid=$(sed -n 's/^item\.0\.pid *= *//p' "$HOME_DIR/instances/instance.properties" 2>/dev/null)
            "$HOME_DIR/bin/stop"
            for _ in $(seq 1 120); do
                if [ -n "$pid" ]; then kill -0 "$pid" 2>/dev/null || break; else running || break; fi
                sleep 0.5
            done
            echo "PolicyOps stopped."
        else
            echo "PolicyOps is not running."
        fi
        ;;
    status)
        if running && healthy; then echo "PolicyOps is running and healthy at $BASE_URL/api"
        elif running; then echo "PolicyOps is running but not healthy: see $BASE_URL/api/health"; exit 1
        else echo "PolicyOps is not running."; exit 3
        fi
        ;;
    *)
        die "unknown command '$1': use start, stop, status or console"
        ;;
esac

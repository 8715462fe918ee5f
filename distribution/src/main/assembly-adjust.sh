#!/usr/bin/env bash
# Adjusts the assembled Karaf before it is archived. Each edit fails the build if its target line is missing,
# so a Karaf upgrade that changes these files cannot silently drop a setting.
set -euo pipefail
dir=$1
etc=$dir/etc

replace() { # file, extended regex, replacement
    local file=$1 pattern=$2 replacement=$3
    grep -Eq "$pattern" "$file" || { echo "assembly-adjust: no line matching '$pattern' in $file" >&2; exit 1; }
    sed -E -i "s|$pattern|$replacement|" "$file"
}

# Boot in two stages. With the application in the same stage as shell/ssh/config, Karaf refreshes its own
# startup bundles and the boot hangs; the transaction manager must be in the first stage or the XA datasource
# loses it when it re-registers.
features=$etc/org.apache.karaf.features.cfg
python3 - "$features" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path).read()
m = re.search(r'featuresBoot\s*=\s*((?:.*\\\n)*.*)', text)
if not m:
    sys.exit("assembly-adjust: no featuresBoot in " + path)
names = [n.strip() for n in m.group(1).replace('\\\n', ' ').split(',') if n.strip()]
app = [n for n in names if n.split('/')[0] in ('policyops', 'policyops-postgresql')]
base = [n for n in names if n not in app]
if not app:
    sys.exit("assembly-adjust: policyops is not a boot feature in " + path)
value = "featuresBoot = \\\n    (" + ", \\\n    ".join(base) + "), \\\n    (" + ", ".join(app) + ")"
open(path, 'w').write(text[:m.start()] + value + text[m.end():])
PY

# SSH and JMX on loopback only: the console is an administrator's tool, not a network service.
replace "$etc/org.apache.karaf.shell.cfg" '^sshHost *= *.*' 'sshHost = 127.0.0.1'
replace "$etc/org.apache.karaf.management.cfg" '^rmiRegistryHost *= *.*' 'rmiRegistryHost = 127.0.0.1'
replace "$etc/org.apache.karaf.management.cfg" '^rmiServerHost *= *.*' 'rmiServerHost = 127.0.0.1'

# Hot deploy: fileinstall installs a file once two polls in a row see it unchanged, so its 1000 ms default makes a
# dropped plugin wait 1.5-2 s; scanning the small deploy/ folder every 100 ms costs next to nothing.
replace "$etc/org.apache.felix.fileinstall-deploy.cfg" '^felix.fileinstall.poll *= *.*' 'felix.fileinstall.poll          = 100'

# A kar dropped into deploy/ is installed through the features service, which by default also refreshes whatever it
# would wire differently now: here javax.persistence's optional import of org.osgi.service.jpa, and with it the
# whole persistence stack and every PolicyOps bundle. A plugin kar needs no refresh, so none is made.
replace "$etc/org.apache.karaf.kar.cfg" '^noAutoRefreshBundles *= *.*' 'noAutoRefreshBundles=true'

# Passwords in etc/users.properties are stored hashed; a plain one written there by hand is hashed at first login.
# (Salted bcrypt through Karaf's spring-security-crypto encryption was tried and withdrawn: in one boot of four the
# initial administrator's line came out split in two, without its roles; see docs/operations/users-and-roles.md.)
replace "$etc/org.apache.karaf.jaas.cfg" '^encryption.enabled *= *.*' 'encryption.enabled = true'
replace "$etc/org.apache.karaf.jaas.cfg" '^encryption.algorithm *= *.*' 'encryption.algorithm = SHA-512'

# Files holding credentials (etc/users.properties, etc/keys.properties) are made readable by their owner only at every
# start, by core's CredentialFiles, and by policyops.sh after unpacking: the archive does not keep file modes.

# bin/client: a command given on the command line printed nothing from a script (stdin not a terminal), and "-u"
# after "-p" dropped the password; both are faults of Karaf 4.4.9's client, worked around in front of it (the why in
# client-non-interactive.sh). The workaround follows that client's options: re-check it when Karaf changes.
client=$dir/bin/client
grep -q 'org\.apache\.karaf\.client/4\.4\.9/' "$client" \
    || { echo "assembly-adjust: bin/client is not Karaf 4.4.9's; re-check client-non-interactive.sh against it" >&2; exit 1; }
[ "$(tail -n 1 "$client")" = 'main "$@"' ] \
    || { echo "assembly-adjust: bin/client does not end with 'main \"\$@\"'" >&2; exit 1; }
sed -i '$d' "$client"
cat "$(dirname "$0")/client-non-interactive.sh" >> "$client"

# Java 17.0.15 rejects a jar embedded in the Aries JAX-RS spec bundle ("Invalid CEN header") without this.
cat >> "$dir/bin/setenv" <<'SH'

# PolicyOps: Java 17.0.15+ rejects a jar embedded in the Aries JAX-RS spec bundle ("Invalid CEN header").
export EXTRA_JAVA_OPTS="${EXTRA_JAVA_OPTS:-} -Djdk.util.zip.disableZip64ExtraFieldValidation=true"
SH

# Memory: without settings Java takes a quarter of the machine's memory as its heap limit, and a busy platform grew to
# 1.35 GB resident on a 24 GB machine. The defaults below are measured (docs/performance.md); each is overridable
# from the environment, and POLICYOPS_MEMORY_OPTS replaces them all.
cat >> "$dir/bin/setenv" <<'SH'

# PolicyOps: memory (see docs/performance.md#memory). Override one value, e.g. JAVA_MAX_MEM=1g bin/karaf, or the whole
# set with POLICYOPS_MEMORY_OPTS. This file may run twice (bin/start, then bin/karaf): the options are added once.
case " ${EXTRA_JAVA_OPTS:-} " in
  *" -Dpolicyops.memory=set "*) ;;
  *) export EXTRA_JAVA_OPTS="${EXTRA_JAVA_OPTS:-} -Dpolicyops.memory=set ${POLICYOPS_MEMORY_OPTS:--Xms${JAVA_MIN_MEM:-128m} -Xmx${JAVA_MAX_MEM:-512m} -XX:MaxMetaspaceSize=${JAVA_MAX_METASPACE:-256m} -XX:ReservedCodeCacheSize=${JAVA_CODE_CACHE:-96m} -XX:MaxDirectMemorySize=${JAVA_MAX_DIRECT_MEM:-128m}}" ;;
esac
SH

# Resolve mvn: URLs from Maven Central only: the snapshot repositories Karaf lists by default are for Karaf's own
# development, and an unreachable one makes every resolution wait for its time-out.
python3 - "$etc/org.ops4j.pax.url.mvn.cfg" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path).read()
new, n = re.subn(r'org\.ops4j\.pax\.url\.mvn\.repositories\s*=\s*(?:.*\\\n)*.*',
                 'org.ops4j.pax.url.mvn.repositories = https://repo1.maven.org/maven2@id=central', text)
if n != 1:
    sys.exit("assembly-adjust: no org.ops4j.pax.url.mvn.repositories in " + path)
open(path, 'w').write(new)
PY

# Aries JPA logs a warning with a stack trace for every exception that rolls a transaction back, including the
# 404/409/412 answers that are part of normal use. Unexpected errors are logged by PolicyOps itself, with the
# problem id its 500 response carries.
cat >> "$etc/org.ops4j.pax.logging.cfg" <<'CFG'

# PolicyOps: rollbacks for expected answers (404, 409, 412) are not warnings; see assembly-adjust.sh
log4j2.logger.ariesjpatemplate.name = org.apache.aries.jpa.support.impl.XAJpaTemplate
log4j2.logger.ariesjpatemplate.level = ERROR
CFG

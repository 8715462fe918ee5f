
# PolicyOps: appended by assembly-adjust.sh in place of the script's last line, `main "$@"`. POSIX sh, as the rest.
# Karaf 4.4.9's client (org.apache.karaf.client.Main and ClientConfig) has two faults that scripts run into:
# - "-u USER" read after "-p PASSWORD" drops the password ("No more authentication methods available"):
#   the user is passed first.
# - A command given on the command line prints nothing when stdin is not a terminal (/dev/null, a pipe, cron, CI):
#   the client watches stdin so that Ctrl-D can stop a command, and closes the SSH channel as soon as stdin is at
#   end-of-file, before the command's output arrives. Batch mode (-b, the command read from stdin) has no such
#   watch, so such a command is handed to batch mode on stdin. On a terminal nothing changes.
# And without JAVA_HOME, Karaf's scripts print "client: JAVA_HOME not set; results may vary" on stdout, where a script
# takes it for the command's output: the client is given the java on the PATH, the one it would use anyway.
if [ -z "${JAVA_HOME:-}" ] && [ -z "${JAVA:-}" ]; then
    JAVA=$(command -v java || true)
fi
policyops_user=
policyops_user_given=false
policyops_command=
policyops_batch=false
policyops_file=false
policyops_options_ended=false
# The arguments are rotated through "$@": each one is taken from the front and the options are put back at the end.
policyops_left=$#
while [ "$policyops_left" -gt 0 ]; do
    policyops_arg=$1
    shift
    policyops_left=$((policyops_left - 1))
    # As ClientConfig: an argument starting with '-' is an option until "--"; every other argument is a word of
    # the command, joined with a space after each.
    if [ "$policyops_options_ended" = false ] && [ "${policyops_arg#-}" != "$policyops_arg" ]; then
        case $policyops_arg in
            -u)
                if [ "$policyops_left" -gt 0 ]; then
                    policyops_user=$1
                    policyops_user_given=true
                    shift
                    policyops_left=$((policyops_left - 1))
                    continue
                fi
                ;;
            -a|-h|-l|-r|-p|-d|-k|-t|-f)
                if [ "$policyops_arg" = -f ]; then
                    policyops_file=true
                fi
                if [ "$policyops_left" -gt 0 ]; then
                    set -- "$@" "$policyops_arg" "$1"
                    shift
                    policyops_left=$((policyops_left - 1))
                    continue
                fi
                ;;
            -b)
                policyops_batch=true
                ;;
            --)
                policyops_options_ended=true
                continue
                ;;
        esac
        set -- "$@" "$policyops_arg"
    else
        policyops_command="$policyops_command$policyops_arg "
    fi
done
if [ "$policyops_user_given" = true ]; then
    set -- -u "$policyops_user" "$@"
fi
if [ ! -t 0 ] && [ "$policyops_batch" = false ]; then
    if [ "$policyops_file" = true ]; then
        # The commands come from the file either way; -b only turns the stdin watch off.
        set -- "$@" -b
    elif [ -n "$policyops_command" ]; then
        printf '%s' "$policyops_command" | main "$@" -b
        exit
    fi
fi
if [ -n "$policyops_command" ]; then
    set -- "$@" -- "$policyops_command"
fi
main "$@"

package org.policyops.shell.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.impl.action.command.DefaultActionPreparator;
import org.policyops.api.planning.BlockedInfo;
import org.policyops.api.planning.DependencyInfo;
import org.policyops.api.planning.DependencyQuery;
import org.policyops.api.planning.PlanProposal;
import org.policyops.api.planning.PlanQuery;
import org.policyops.api.planning.PortfolioQuery;
import org.policyops.api.planning.RankedInitiative;

/** Query services that answer fixed lists and remember what they were asked, and helpers to run a command. */
final class Fakes {

    private Fakes() {
    }

    static final class Portfolio implements PortfolioQuery {
        final List<RankedInitiative> answer;
        final List<List<Object>> calls = new ArrayList<>();

        Portfolio(List<RankedInitiative> answer) {
            this.answer = answer;
        }

        @Override
        public List<RankedInitiative> rank(String model, String region, String quarter, int limit) {
            calls.add(java.util.Arrays.asList(model, region, quarter, limit));
            return answer;
        }

        @Override
        public List<String> models() {
            return List.of("rice", "wsjf", "risk", "my-plugin");
        }
    }

    static final class Dependencies implements DependencyQuery {
        final List<DependencyInfo> answer;
        final List<BlockedInfo> blocked;
        final List<Long> asked = new ArrayList<>();

        Dependencies(List<DependencyInfo> answer, List<BlockedInfo> blocked) {
            this.answer = answer;
            this.blocked = blocked;
        }

        @Override
        public List<DependencyInfo> dependencies(long initiativeId) {
            asked.add(initiativeId);
            return answer;
        }

        @Override
        public List<BlockedInfo> blocked() {
            return blocked;
        }
    }

    static final class Plans implements PlanQuery {
        final PlanProposal answer;
        final List<List<Object>> calls = new ArrayList<>();

        Plans(PlanProposal answer) {
            this.answer = answer;
        }

        @Override
        public PlanProposal plan(int year, String quarter, String model) {
            calls.add(java.util.Arrays.asList(year, quarter, model));
            return answer;
        }
    }

    /** Sets the action's fields from command-line words the way Karaf's console does. */
    static void parse(Action action, String... words) throws Exception {
        new DefaultActionPreparator().prepare(action, stub(Session.class, Map.of()), List.of((Object[]) words));
    }

    static String output(Consumer<PrintStream> command) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            command.accept(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** An interface whose methods answer by name from the map, else null (or false, 0). */
    @SuppressWarnings("unchecked")
    static <T> T stub(Class<T> type, Map<String, Object> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (answers.containsKey(method.getName())) {
                return answers.get(method.getName());
            }
            Class<?> r = method.getReturnType();
            return r == boolean.class ? false : r == int.class ? 0 : r == long.class ? 0L : null;
        });
    }
}

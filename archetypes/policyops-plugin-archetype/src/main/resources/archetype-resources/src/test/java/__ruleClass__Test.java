package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.policyops.api.compliance.RuleContext;
import org.policyops.api.compliance.Verdict;
import org.policyops.testkit.Launches;
import org.policyops.testkit.RuleContexts;

/** Tests the rule with the PolicyOps test kit: a launch and a context built in a line, no stubs. */
class ${ruleClass}Test {

    /** A launch with one region and the given target date, evaluated at noon UTC on 2027-01-01. */
    static RuleContext context(LocalDate target) {
        return RuleContexts.forLaunch(Launches.launch().policy("hate-speech", "1.0.0").region("${region}", target))
                .now(Instant.parse("2027-01-01T12:00:00Z")).build();
    }

    @Test
    void fourteenDaysIsEnoughAndThirteenIsNot() {
        ${ruleClass} rule = new ${ruleClass}();
        assertEquals(Verdict.PASS, rule.evaluate(context(LocalDate.of(2027, 1, 15))).verdict());
        assertEquals(Verdict.FAIL, rule.evaluate(context(LocalDate.of(2027, 1, 14))).verdict());
        assertEquals(Verdict.NOT_APPLICABLE, rule.evaluate(context(null)).verdict());
    }

    @Test
    void daysAreCountedFromTodayInTheRegionsTimeZone() {
        // Noon UTC on 1 January is already 2 January in Auckland, so 2027-01-15 is 13 days away there.
        RuleContext auckland = RuleContexts.forLaunch(Launches.launch().policy("hate-speech", "1.0.0")
                .region("${region}", LocalDate.of(2027, 1, 15))).now(Instant.parse("2027-01-01T12:00:00Z"))
                .timeZone("Pacific/Auckland").build();
        assertEquals(Verdict.FAIL, new ${ruleClass}().evaluate(auckland).verdict());
    }
}

package org.policyops.planning.internal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Capacity in person-weeks. A quarter has {@value #WEEKS_PER_QUARTER} weeks and a week {@value #DAYS_PER_WEEK}
 * working days. A member's capacity in a quarter is {@code 13 × fte − holidayDays ÷ 5 × fte − leaveDays ÷ 5}, never
 * below 0: a public holiday takes a day only from the share of the week the member works (half a day for fte 0.5),
 * while planned leave is counted in days the member would have worked. A team's capacity is the sum of its members'.
 */
public final class Capacity {

    public static final int WEEKS_PER_QUARTER = 13;
    public static final int DAYS_PER_WEEK = 5;

    /** A member as the calculation needs it: the share of full time, and days of planned leave in the quarter. */
    public record Member(double fte, double leaveDays) {
    }

    private Capacity() {
    }

    /** One member's person-weeks in a quarter of the team's region with {@code holidayDays} public holidays. */
    public static double memberWeeks(double fte, double holidayDays, double leaveDays) {
        double weeks = WEEKS_PER_QUARTER * fte - holidayDays / DAYS_PER_WEEK * fte - leaveDays / DAYS_PER_WEEK;
        return Math.max(0, weeks);
    }

    /** A team's person-weeks in a quarter: the sum over its members. */
    public static double teamWeeks(Collection<Member> members, double holidayDays) {
        double sum = 0;
        for (Member m : members) {
            sum += memberWeeks(m.fte(), holidayDays, m.leaveDays());
        }
        return sum;
    }

    /** Rounded to 0.01 for showing; the calculation itself keeps full precision. */
    public static double round(double weeks) {
        return BigDecimal.valueOf(weeks).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}

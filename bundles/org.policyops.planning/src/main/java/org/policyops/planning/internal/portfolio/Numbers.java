package org.policyops.planning.internal.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.policyops.api.planning.scoring.NotScorableException;

/** Numbers as the explanations print them: at most two decimals, no trailing zeros, no exponent. */
final class Numbers {

    private Numbers() {
    }

    static String plain(double d) {
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Effort must be known and positive before anything divides by it. */
    static double requireEffort(double effortWeeks) {
        if (!(effortWeeks > 0) || Double.isInfinite(effortWeeks)) {
            throw new NotScorableException(
                    "no effort estimate (effortWeeks is " + plain0(effortWeeks) + "), so it cannot be divided by");
        }
        return effortWeeks;
    }

    private static String plain0(double d) {
        return Double.isFinite(d) ? plain(d) : Double.toString(d);
    }
}

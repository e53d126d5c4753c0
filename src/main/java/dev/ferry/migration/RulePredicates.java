package dev.ferry.migration;

import dev.ferry.engine.dialect.PreflightRule;
import dev.ferry.engine.model.CanonicalValues;
import dev.ferry.engine.model.LogicalType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.function.Predicate;

/**
 * The Java-side twin of each preflight predicate, applied to the decoded (canonical) value of a
 * column while copying so that the {@code null} policy replaces exactly the values the preflight
 * counted. Columns under a policy decode leniently: what the decoder cannot read arrives as
 * {@link CanonicalValues#UNREADABLE}.
 */
final class RulePredicates {

    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private RulePredicates() {
    }

    static Predicate<Object> of(PreflightRule rule, LogicalType declared) {
        // A value the decoder could not read (NaN numeric, infinity dates, text in an INTEGER
        // column) is exactly the kind the preflight counted for this column.
        Predicate<Object> unreadable = v -> v == CanonicalValues.UNREADABLE;
        return unreadable.or(offending(rule, declared));
    }

    private static Predicate<Object> offending(PreflightRule rule, LogicalType declared) {
        return switch (rule) {
            case NUL_CHARACTER -> v -> v instanceof String s && s.indexOf('\u0000') >= 0;
            case NAN_OR_INFINITY -> v -> v instanceof Double d && (d.isNaN() || d.isInfinite());
            case UNSIGNED_OVERFLOW -> RulePredicates::aboveLong;
            case DATE_OUT_OF_RANGE -> RulePredicates::outsideMySqlYears;
            // The MySQL dialect reads zero dates as NULL (its select expression sees to that), so
            // the null policy has nothing left to replace; the preflight still counts them.
            case ZERO_DATE -> v -> false;
            case AFFINITY_MISMATCH -> v -> v != null && !CanonicalValues.fits(declared, v);
        };
    }

    private static boolean aboveLong(Object v) {
        if (v instanceof BigInteger b) {
            return b.bitLength() > 63;
        }
        return v instanceof BigDecimal d && d.compareTo(LONG_MAX) > 0;
    }

    private static boolean outsideMySqlYears(Object v) {
        int year;
        if (v instanceof LocalDate d) {
            year = d.getYear();
        } else if (v instanceof LocalDateTime t) {
            year = t.getYear();
        } else if (v instanceof OffsetDateTime o) {
            year = o.getYear();
        } else {
            return false;
        }
        return year < 1000 || year > 9999;
    }
}

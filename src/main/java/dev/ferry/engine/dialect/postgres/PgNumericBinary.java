package dev.ferry.engine.dialect.postgres;

import dev.ferry.engine.dialect.BulkBytes;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * numeric in PostgreSQL's binary form: digit count, weight, sign and display scale, then base-10000
 * digits, most significant first, without leading or trailing zero digits. NaN and ±Infinity
 * (canonical doubles) have sign codes of their own.
 */
final class PgNumericBinary {

    private static final int POSITIVE = 0x0000;
    private static final int NEGATIVE = 0x4000;
    private static final int NAN = 0xC000;
    private static final int PLUS_INFINITY = 0xD000;
    private static final int MINUS_INFINITY = 0xF000;
    private static final int[] POWERS = {1, 10, 100, 1000};
    /** 10000^k: a compact value has at most five groups (below 10^18 after padding). */
    private static final long[] TEN_THOUSANDS = {1, 10_000, 100_000_000, 1_000_000_000_000L, 10_000_000_000_000_000L};
    /** Unscaled values below 2^49 (about 5.6 * 10^14) stay below 10^18 when padded by up to 10^3. */
    private static final int COMPACT_BITS = 50;

    private PgNumericBinary() {
    }

    static void write(Object value, BulkBytes out) {
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            special(d.isNaN() ? NAN : d > 0 ? PLUS_INFINITY : MINUS_INFINITY, out);
            return;
        }
        BigDecimal number = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
        if (number.scale() < 0) {
            number = number.setScale(0);
        }
        BigInteger unscaled = number.unscaledValue();
        if (unscaled.bitLength() < COMPACT_BITS) {
            writeCompact(unscaled.longValue(), number.scale(), out);
        } else {
            writeDigits(number, out);
        }
    }

    /**
     * The common case (values of up to 14 digits) in long arithmetic: the unscaled value,
     * padded on the right to whole base-10000 fraction groups, cut into groups from the right.
     * Writes the bytes {@link #writeDigits} writes, without its string and arrays per value.
     */
    static void writeCompact(long unscaled, int scale, BulkBytes out) {
        int fracGroups = (scale + 3) / 4;
        long aligned = Math.abs(unscaled) * POWERS[fracGroups * 4 - scale];
        int trailingZeros = 0;
        while (aligned != 0 && aligned % 10_000 == 0) {
            aligned /= 10_000;
            trailingZeros++;
        }
        if (aligned == 0) {
            header(0, 0, POSITIVE, scale, out);
            return;
        }
        int count = 0;
        for (long rest = aligned; rest != 0; rest /= 10_000) {
            count++;
        }
        header(count, count + trailingZeros - fracGroups - 1, unscaled < 0 ? NEGATIVE : POSITIVE, scale, out);
        long divisor = TEN_THOUSANDS[count - 1];
        for (int g = 0; g < count; g++) {
            out.writeShort((int) (aligned / divisor % 10_000));
            divisor /= 10_000;
        }
    }

    /** Any value, through the decimal digits of its unscaled value. */
    static void writeDigits(BigDecimal number, BulkBytes out) {
        int scale = number.scale();
        String plain = number.unscaledValue().abs().toString();
        // Digits before the point, padded on the left to whole groups of four; those after, on the right.
        int intDigits = Math.max(0, plain.length() - scale);
        int leftPad = (4 - intDigits % 4) % 4;
        int fracGroups = (scale + 3) / 4;
        int intGroups = (intDigits + leftPad) / 4;
        int[] groups = new int[intGroups + fracGroups];
        fill(plain, scale, intDigits, leftPad, intGroups, groups);
        int first = 0;
        while (first < groups.length && groups[first] == 0) {
            first++;
        }
        int last = groups.length - 1;
        while (last >= first && groups[last] == 0) {
            last--;
        }
        int count = last - first + 1;
        if (count <= 0) {
            header(0, 0, POSITIVE, scale, out);
            return;
        }
        header(count, intGroups - 1 - first, number.signum() < 0 ? NEGATIVE : POSITIVE, scale, out);
        for (int g = first; g <= last; g++) {
            out.writeShort(groups[g]);
        }
    }

    /** Sets each base-10000 group from the decimal digits of the unscaled value. */
    private static void fill(String plain, int scale, int intDigits, int leftPad, int intGroups, int[] groups) {
        // The unscaled digits right-aligned against the scale: fraction digit k (0-based) sits at
        // intGroups*4 + k; integer digit j (0-based from the left) at leftPad + j.
        int fractionShown = Math.min(scale, plain.length());
        int leadingFractionZeros = scale - fractionShown;
        for (int i = 0; i < plain.length(); i++) {
            int digit = plain.charAt(i) - '0';
            int position;
            if (i < intDigits) {
                position = leftPad + i;
            } else {
                position = intGroups * 4 + leadingFractionZeros + (i - intDigits);
            }
            int group = position / 4;
            int place = 3 - position % 4;
            groups[group] += digit * POWERS[place];
        }
    }

    private static void special(int sign, BulkBytes out) {
        header(0, 0, sign, 0, out);
    }

    /** The field length, then digit count, weight, sign and display scale; the digits follow. */
    private static void header(int count, int weight, int sign, int scale, BulkBytes out) {
        out.writeInt(8 + 2 * count).writeShort(count).writeShort(weight).writeShort(sign).writeShort(scale);
    }
}

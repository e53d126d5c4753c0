package dev.ferry.engine.dialect.postgres;

import dev.ferry.engine.dialect.BulkBytes;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * The long-arithmetic path for common numerics writes the same bytes as the digit-string path
 * that PgBinaryCopyTest proves against the server: zeros, signs, every padding of the fraction,
 * trailing zero groups, the largest compact magnitude, and random values at many scales.
 */
class PgNumericBinaryTest {

    private static final long LARGEST_COMPACT = (1L << 49) - 1;

    @Test
    void compactValuesEncodeAsTheGeneralPathDoes() {
        List<BigDecimal> values = new ArrayList<>();
        for (String text : new String[] {"0", "0.00", "-0.01", "0.05", "1", "-1", "10000", "100.00", "9999999999.99",
                "123.456", "-10000.0001", "0.0001", "0.00001", "1E-20", "-5E-31", "12345678.12345678"}) {
            values.add(new BigDecimal(text));
        }
        for (int scale = 0; scale <= 9; scale++) {
            values.add(BigDecimal.valueOf(LARGEST_COMPACT, scale));
            values.add(BigDecimal.valueOf(-LARGEST_COMPACT, scale));
            values.add(BigDecimal.valueOf(10_000_000_000_000L, scale));
        }
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 20_000; i++) {
            long unscaled = random.nextLong(-LARGEST_COMPACT, LARGEST_COMPACT + 1) >> random.nextInt(49);
            values.add(BigDecimal.valueOf(unscaled, random.nextInt(0, 25)));
        }
        for (BigDecimal value : values) {
            assertArrayEquals(general(value), compact(value), value::toPlainString);
        }
    }

    @Test
    void valuesBeyondTheCompactRangeStillEncode() {
        BigDecimal huge = new BigDecimal(BigInteger.TEN.pow(40).add(BigInteger.valueOf(7)), 3);
        BulkBytes out = new BulkBytes(8);
        PgNumericBinary.write(huge, out);
        assertArrayEquals(general(huge), Arrays.copyOf(out.array(), out.length()));
    }

    private static byte[] compact(BigDecimal value) {
        BulkBytes out = new BulkBytes(8);
        PgNumericBinary.writeCompact(value.unscaledValue().longValueExact(), value.scale(), out);
        return Arrays.copyOf(out.array(), out.length());
    }

    private static byte[] general(BigDecimal value) {
        BulkBytes out = new BulkBytes(8);
        PgNumericBinary.writeDigits(value, out);
        return Arrays.copyOf(out.array(), out.length());
    }
}

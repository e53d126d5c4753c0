package dev.ferry.copy;

import dev.ferry.engine.dialect.Dialect;
import dev.ferry.engine.model.CanonicalValues;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.LogicalType;
import dev.ferry.engine.model.Table;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The per-column path of a value from a source session to a target session: decode (source
 * codec) → convert (logical types) → encode (target codec). Built once per table so the row loop
 * is array indexing and function calls only.
 */
final class ColumnPipeline {

    private final UnaryOperator<Object>[] toCanonical;
    private final UnaryOperator<Object>[] toTargetCanonical;
    private final UnaryOperator<Object>[] toTarget;
    private final UnaryOperator<Object>[] targetToCanonical;
    private final boolean[] json;

    @SuppressWarnings("unchecked")
    ColumnPipeline(TablePlan plan, Dialect source, Dialect target) {
        List<Column> from = plan.source().columns();
        List<Column> to = plan.target().columns();
        int n = from.size();
        toCanonical = new UnaryOperator[n];
        toTargetCanonical = new UnaryOperator[n];
        toTarget = new UnaryOperator[n];
        targetToCanonical = new UnaryOperator[n];
        json = new boolean[n];
        for (int i = 0; i < n; i++) {
            Column s = from.get(i);
            Column t = to.get(i);
            UnaryOperator<Object> decode = source.codec().decoder(s.type());
            UnaryOperator<Object> convert = LogicalConversions.between(s.type().logical(), t.type().logical())
                    .orElseThrow(() -> new IllegalStateException("No exact conversion from " + s.type().logical()
                            + " to " + t.type().logical() + " for column " + plan.source().name() + "." + s.name()));
            UnaryOperator<Object> policy = plan.valuePolicy(s.name());
            // A column under a value policy decodes leniently: the policy decides about unreadable values.
            toCanonical[i] = plan.hasValuePolicy(s.name()) ? lenient(decode) : decode;
            String name = plan.name() + "." + s.name();
            toTargetCanonical[i] = v -> convert.apply(readable(policy.apply(v), name));
            toTarget[i] = target.codec().encoder(t.type());
            targetToCanonical[i] = target.codec().decoder(t.type());
            json[i] = t.type().logical() == LogicalType.JSON;
        }
    }

    private static UnaryOperator<Object> lenient(UnaryOperator<Object> decode) {
        return v -> {
            try {
                return decode.apply(v);
            } catch (RuntimeException e) {
                return CanonicalValues.UNREADABLE;
            }
        };
    }

    private static Object readable(Object canonical, String column) {
        if (canonical == CanonicalValues.UNREADABLE) {
            throw new IllegalStateException("A value of " + column + " cannot be read as its declared type");
        }
        return canonical;
    }

    int width() {
        return toTarget.length;
    }

    /** Source row (session values) → target parameters; also adds the row's approximate size. */
    Object[] toTargetRow(Object[] sourceRow, long[] bytes) {
        Object[] out = new Object[sourceRow.length];
        for (int i = 0; i < sourceRow.length; i++) {
            Object canonical = toTargetCanonical[i].apply(toCanonical[i].apply(sourceRow[i]));
            bytes[0] += Sizes.of(canonical);
            out[i] = toTarget[i].apply(canonical);
        }
        return out;
    }

    /**
     * Source row → canonical values of the target's types (for binary bulk forms, which encode
     * canonical values themselves); also adds the row's approximate size.
     */
    Object[] toTargetCanonicalRow(Object[] sourceRow, long[] bytes) {
        Object[] out = new Object[sourceRow.length];
        for (int i = 0; i < sourceRow.length; i++) {
            Object canonical = toTargetCanonical[i].apply(toCanonical[i].apply(sourceRow[i]));
            bytes[0] += Sizes.of(canonical);
            out[i] = canonical;
        }
        return out;
    }

    /** Canonical values of a source row as the target should hold them (verification). */
    Object[] expectedCanonical(Object[] sourceRow) {
        Object[] out = new Object[sourceRow.length];
        for (int i = 0; i < sourceRow.length; i++) {
            out[i] = comparable(i, toTargetCanonical[i].apply(toCanonical[i].apply(sourceRow[i])));
        }
        return out;
    }

    /** Canonical values of a target row (verification). */
    Object[] targetCanonical(Object[] targetRow) {
        Object[] out = new Object[targetRow.length];
        for (int i = 0; i < targetRow.length; i++) {
            out[i] = comparable(i, targetToCanonical[i].apply(targetRow[i]));
        }
        return out;
    }

    private Object comparable(int column, Object canonical) {
        return json[column] ? JsonText.canonical(canonical) : canonical;
    }

    /** Target parameters for selected columns of a source row (keys for resume and ranges). */
    Object[] toTargetValues(Object[] sourceRow, int[] columns) {
        Object[] out = new Object[columns.length];
        for (int k = 0; k < columns.length; k++) {
            int i = columns[k];
            out[k] = toTarget[i].apply(toTargetCanonical[i].apply(toCanonical[i].apply(sourceRow[i])));
        }
        return out;
    }
}

package dev.ferry.copy;

import dev.ferry.engine.dialect.BulkBytes;
import dev.ferry.engine.dialect.BulkFormat;
import dev.ferry.engine.dialect.Dialect;
import dev.ferry.engine.dialect.TextExport;
import dev.ferry.engine.dialect.TextForm;
import dev.ferry.engine.dialect.TypeDecision;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.session.BulkChannel;
import dev.ferry.engine.session.SessionSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;

/**
 * Pages relayed as text from the source's export (PostgreSQL's COPY TO) into the target's bulk
 * load (MySQL's LOAD DATA), never decoded into values: no value is parsed, converted, encoded and
 * rendered again on the way, and the source writes text, cheaper for it than its row protocol.
 *
 * <p>Only where that stores exactly what the row path would: every type decision exact, no value
 * policy, each column in a {@link TextForm} both engines agree on, and a single integer key, whose
 * value the relay reads from the text for keyset pages and checkpoints (as a Long, as the row path
 * keeps it, so either path resumes the other's checkpoint).
 */
final class TextRelay {

    private final TablePlan plan;
    private final TextExport export;
    private final BulkFormat format;
    private final int keyPosition;
    private final BlockingQueue<BulkBytes> spare = BulkPageWriter.spareBuffers();

    private TextRelay(TablePlan plan, TextExport export, BulkFormat format, int keyPosition) {
        this.plan = plan;
        this.export = export;
        this.format = format;
        this.keyPosition = keyPosition;
    }

    /** The relay for a table, where the engines and the table's columns allow one. */
    static Optional<TextRelay> of(TablePlan plan, Dialect source, Dialect target, CopyOptions options) {
        Optional<TextExport> export = source.data().textExport();
        Optional<BulkFormat> format = target.data().bulkFormat();
        if (!options.bulk() || export.isEmpty() || format.isEmpty() || !plan.valuePolicies().isEmpty()
                || plan.source().primaryKey().size() != 1 || !plan.decisions().stream().allMatch(TypeDecision::exact)) {
            return Optional.empty();
        }
        List<Column> from = plan.source().columns();
        List<Column> to = plan.target().columns();
        for (int i = 0; i < from.size(); i++) {
            Optional<TextForm> form = export.get().form(from.get(i));
            if (form.isEmpty() || !format.get().accepts(to.get(i), form.get())) {
                return Optional.empty();
            }
        }
        int key = plan.keyPositions()[0];
        if (export.get().form(from.get(key)).orElseThrow() != TextForm.INTEGER) {
            return Optional.empty();
        }
        return Optional.of(new TextRelay(plan, export.get(), format.get(), key));
    }

    /** A writer loading relayed pages through one of the target's bulk channels. */
    PageWriter writer(BulkChannel channel) {
        return BulkPageWriter.relayed(plan, format, channel, spare);
    }

    /**
     * Opens the source's export connection inside the copy's snapshot (the one the other sessions
     * of the copy import), so the relayed rows are the rows the copy counts and verifies.
     */
    Reader open(SessionSource source, Dialect sourceDialect, Optional<String> snapshot) {
        BulkChannel channel = source.openBulk().orElseThrow(
                () -> new IllegalStateException("The source has no connection for its text export"));
        try {
            export.setup().forEach(channel::execute);
            channel.execute(sourceDialect.data().beginReadSnapshot());
            snapshot.flatMap(id -> sourceDialect.data().importSnapshot(id)).ifPresent(channel::execute);
            return new Reader(channel);
        } catch (RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Reads a table's pages through one export connection; closing it ends the snapshot. */
    final class Reader implements AutoCloseable {

        private final BulkChannel channel;

        private Reader(BulkChannel channel) {
            this.channel = channel;
        }

        /**
         * Pages after {@code after} (null: from the start), read and prepared ahead; the first
         * {@code overlap} pages carry every row's target key (see TableCopier).
         */
        PageReadAhead<List<byte[]>> pages(String name, int depth, Object[] after, int overlap, int batchSize,
                                          long pageBytes) {
            int[] prepared = {0};
            return new PageReadAhead<>(name, depth, rows -> prepare(rows, prepared[0]++ < overlap),
                    sink -> read(after == null ? null : ((Number) after[0]).longValue(),
                            new PageSizer(batchSize, pageBytes, overlap), sink));
        }

        private void read(Long after, PageSizer sizer, PageReadAhead.PageSink<List<byte[]>> sink)
                throws InterruptedException {
            Long last = after;
            while (true) {
                int limit = sizer.rows();
                List<byte[]> rows = new ArrayList<>(limit);
                channel.export(export.page(plan.source(), last, limit), rows::add);
                if (rows.isEmpty()) {
                    return;
                }
                long bytes = 0;
                for (byte[] row : rows) {
                    bytes += row.length;
                }
                sizer.observe(rows.size(), bytes);
                last = key(rows.get(rows.size() - 1));
                sink.accept(rows);
                if (rows.size() < limit) {
                    return;
                }
            }
        }

        @Override
        public void close() {
            channel.close();
        }
    }

    private PageWriter.Page prepare(List<byte[]> rows, boolean withKeys) {
        BulkBytes page = spare.poll();
        if (page == null) {
            page = new BulkBytes(1 << 16);
        }
        List<Object[]> keys = withKeys ? new ArrayList<>(rows.size()) : List.of();
        for (byte[] row : rows) {
            export.appendRow(row, page);
            if (withKeys) {
                keys.add(new Object[] {key(row)});
            }
        }
        Object[] lastKey = {key(rows.get(rows.size() - 1))};
        return new PageWriter.Page(rows.size(), page, page.length(), lastKey, keys);
    }

    /** The key of an exported row: an integer field, which holds no escapes and no tab. */
    private long key(byte[] row) {
        int i = 0;
        for (int field = 0; field < keyPosition; i++) {
            if (row[i] == '\t') {
                field++;
            }
        }
        boolean negative = row[i] == '-';
        if (negative) {
            i++;
        }
        long value = 0;
        for (; i < row.length && row[i] >= '0' && row[i] <= '9'; i++) {
            value = value * 10 - (row[i] - '0');
        }
        return negative ? value : -value;
    }
}

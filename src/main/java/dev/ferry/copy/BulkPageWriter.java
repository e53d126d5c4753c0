package dev.ferry.copy;

import dev.ferry.engine.dialect.BulkBytes;
import dev.ferry.engine.dialect.BulkFormat;
import dev.ferry.engine.session.BulkChannel;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The target's bulk path (COPY, LOAD DATA LOCAL): each page encoded as one stream, text or binary,
 * and loaded by one atomic statement. Page buffers are reused once loaded: a page is megabytes, and
 * fresh ones would be copied by the collector while they wait for a writer.
 *
 * @param <B> the page buffer of the form
 */
final class BulkPageWriter<B> implements PageWriter {

    /** Buffers kept for reuse: pages read ahead plus pages being loaded stay within this. */
    private static final int SPARE_BUFFERS = 6;

    /**
     * Buffers grown beyond this (a page of a few very wide rows) are left to the collector rather
     * than kept: six spares of that size would outweigh the pages themselves.
     */
    private static final int LARGEST_SPARE = 16 << 20;

    /** How one bulk form encodes a page into a buffer and loads it. */
    interface Form<B> {
        B newBuffer();

        /** Bytes or characters the buffer holds room for. */
        int capacity(B buffer);

        /** Encodes the rows; adds their approximate size to {@code bytes[0]}. */
        void encode(List<Object[]> rows, B buffer, long[] bytes);

        /** Loads the encoded page; answers the rows the server loaded. */
        long load(B buffer);

        void reset(B buffer);
    }

    private final TablePlan plan;
    private final Form<B> form;
    private final BlockingQueue<B> spare;

    private BulkPageWriter(TablePlan plan, Form<B> form, BlockingQueue<B> spare) {
        this.plan = plan;
        this.form = form;
        this.spare = spare;
    }

    /** Spare page buffers, shared by the writers of one table. */
    static <B> BlockingQueue<B> spareBuffers() {
        return new ArrayBlockingQueue<>(SPARE_BUFFERS);
    }

    /** Rows rendered as text by the target's format, from the values its codec encodes. */
    static PageWriter text(TablePlan plan, ColumnPipeline pipeline, BulkFormat format, BulkChannel channel,
                           BlockingQueue<StringBuilder> spare) {
        BulkFormat.RowRenderer renderer = format.renderer(plan.target());
        return new BulkPageWriter<>(plan, new Form<StringBuilder>() {
            public StringBuilder newBuffer() {
                return new StringBuilder(1 << 16);
            }

            public int capacity(StringBuilder text) {
                return text.capacity();
            }

            public void encode(List<Object[]> rows, StringBuilder text, long[] bytes) {
                for (Object[] row : rows) {
                    renderer.append(pipeline.toTargetRow(row, bytes), text);
                }
            }

            public long load(StringBuilder text) {
                return channel.load(format, plan.target(), text);
            }

            public void reset(StringBuilder text) {
                text.setLength(0);
            }
        }, spare);
    }

    /** Rows in the target's binary form, from canonical values. */
    static PageWriter binary(TablePlan plan, ColumnPipeline pipeline, BulkFormat.BinaryForm binary, BulkChannel channel,
                             BlockingQueue<BulkBytes> spare) {
        return new BulkPageWriter<>(plan, new BytesForm() {
            public void encode(List<Object[]> rows, BulkBytes page, long[] bytes) {
                binary.begin(page);
                for (Object[] row : rows) {
                    binary.append(pipeline.toTargetCanonicalRow(row, bytes), page);
                }
                binary.end(page);
            }

            public long load(BulkBytes page) {
                return channel.load(binary.statement(), page);
            }
        }, spare);
    }

    /**
     * Pages of relay text that a {@link TextRelay} prepares itself from the source's export, in
     * buffers taken from {@code spare}; loaded with the format's statement.
     */
    static PageWriter relayed(TablePlan plan, BulkFormat format, BulkChannel channel, BlockingQueue<BulkBytes> spare) {
        return new BulkPageWriter<>(plan, new BytesForm() {
            public void encode(List<Object[]> rows, BulkBytes page, long[] bytes) {
                throw new UnsupportedOperationException("Relayed pages are prepared from text, not from rows");
            }

            public long load(BulkBytes page) {
                return channel.loadText(format, plan.target(), page);
            }
        }, spare);
    }

    /** Forms whose pages are bytes (binary streams, relay text). */
    private abstract static class BytesForm implements Form<BulkBytes> {
        public BulkBytes newBuffer() {
            return new BulkBytes(1 << 16);
        }

        public int capacity(BulkBytes page) {
            return page.array().length;
        }

        public void reset(BulkBytes page) {
            page.reset();
        }
    }

    @Override
    public Page prepare(List<Object[]> rows) {
        long[] bytes = {0};
        B buffer = spare.poll();
        if (buffer == null) {
            buffer = form.newBuffer();
        }
        form.encode(rows, buffer, bytes);
        return new Page(rows.size(), buffer, bytes[0]);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void write(Page page) {
        long loaded = form.load((B) page.load());
        if (loaded != page.size()) {
            throw new IllegalStateException("The target loaded " + loaded + " of " + page.size()
                    + " rows of a page of " + plan.name());
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void release(Page page) {
        B buffer = (B) page.load();
        if (form.capacity(buffer) <= LARGEST_SPARE) {
            form.reset(buffer);
            spare.offer(buffer);
        }
    }
}

package dev.ferry.copy;

import dev.ferry.engine.dialect.BulkBytes;
import dev.ferry.engine.dialect.BulkFormat;
import dev.ferry.engine.session.BulkChannel;

import java.util.List;
import java.util.concurrent.BlockingQueue;

/**
 * Loads pages of relay text (see {@link TextRelay}) through one bulk channel of the target. Pages
 * arrive prepared by the relay's reader; their buffers go back to it once loaded.
 */
final class RelayPageWriter implements PageWriter {

    private final TablePlan plan;
    private final BulkFormat format;
    private final BulkChannel channel;
    private final BlockingQueue<BulkBytes> spare;

    RelayPageWriter(TablePlan plan, BulkFormat format, BulkChannel channel, BlockingQueue<BulkBytes> spare) {
        this.plan = plan;
        this.format = format;
        this.channel = channel;
        this.spare = spare;
    }

    @Override
    public Page prepare(List<Object[]> rows) {
        throw new UnsupportedOperationException("Relayed pages are prepared from text, not from rows");
    }

    @Override
    public void write(Page page) {
        long loaded = channel.loadText(format, plan.target(), (BulkBytes) page.load());
        if (loaded != page.size()) {
            throw new IllegalStateException("The target loaded " + loaded + " of " + page.size()
                    + " rows of a page of " + plan.name());
        }
    }

    @Override
    public void release(Page page) {
        BulkBytes buffer = (BulkBytes) page.load();
        if (buffer.array().length <= BulkPageWriter.LARGEST_SPARE) {
            buffer.reset();
            spare.offer(buffer);
        }
    }
}

package dev.ferry.engine.dialect;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A page of a binary bulk stream: a growable byte array with big-endian writes (network order, as
 * PostgreSQL's binary COPY reads). Reused from page to page, so a page costs no fresh memory.
 */
public final class BulkBytes {

    private byte[] bytes;
    private int length;

    public BulkBytes(int capacity) {
        this.bytes = new byte[capacity];
    }

    public byte[] array() {
        return bytes;
    }

    public int length() {
        return length;
    }

    public void reset() {
        length = 0;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    public BulkBytes write(byte[] data) {
        return write(data, 0, data.length);
    }

    public BulkBytes write(byte[] data, int from, int count) {
        ensure(count);
        System.arraycopy(data, from, bytes, length, count);
        length += count;
        return this;
    }

    public BulkBytes writeByte(int v) {
        ensure(1);
        bytes[length++] = (byte) v;
        return this;
    }

    public BulkBytes writeShort(int v) {
        ensure(2);
        bytes[length++] = (byte) (v >>> 8);
        bytes[length++] = (byte) v;
        return this;
    }

    public BulkBytes writeInt(int v) {
        ensure(4);
        bytes[length++] = (byte) (v >>> 24);
        bytes[length++] = (byte) (v >>> 16);
        bytes[length++] = (byte) (v >>> 8);
        bytes[length++] = (byte) v;
        return this;
    }

    public BulkBytes writeLong(long v) {
        writeInt((int) (v >>> 32));
        return writeInt((int) v);
    }

    /** A length-prefixed field: the 4-byte length, then the bytes. */
    public BulkBytes writeField(byte[] data) {
        writeInt(data.length);
        return write(data);
    }

    /** A length-prefixed field holding {@code text} as UTF-8. */
    public BulkBytes writeUtf8Field(String text) {
        return writeField(text.getBytes(StandardCharsets.UTF_8));
    }
}

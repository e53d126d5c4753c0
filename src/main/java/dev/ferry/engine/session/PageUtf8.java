package dev.ferry.engine.session;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The UTF-8 bytes of a page of text, encoded into one buffer that is reused from page to page.
 * {@code text.toString().getBytes(UTF_8)} makes two fresh arrays of the page's size for every
 * page; in the native executable each array that large is memory mapped for itself and faulted in
 * page by page, which cost PostgreSQL→MariaDB about a second of system time per million rows.
 * Not thread-safe: one per channel.
 */
final class PageUtf8 {

    private static final int CHUNK_CHARS = 8192;

    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            // As String.getBytes does: a lone surrogate becomes '?'.
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final char[] chars = new char[CHUNK_CHARS];
    private ByteBuffer bytes = ByteBuffer.allocate(1 << 16);

    /** The text's bytes in {@code array()[0, limit())}; valid until the next call. */
    ByteBuffer encode(CharSequence text) {
        encoder.reset();
        bytes.clear();
        int length = text.length();
        int from = 0;
        while (from < length) {
            int to = Math.min(length, from + CHUNK_CHARS);
            if (to < length && Character.isHighSurrogate(text.charAt(to - 1))) {
                // A pair is never cut: the encoder would take half of it for malformed.
                to--;
            }
            copy(text, from, to);
            encodeAll(CharBuffer.wrap(chars, 0, to - from), to == length);
            from = to;
        }
        if (length == 0) {
            encodeAll(CharBuffer.wrap(chars, 0, 0), true);
        }
        while (encoder.flush(bytes).isOverflow()) {
            grow();
        }
        bytes.flip();
        return bytes;
    }

    private void copy(CharSequence text, int from, int to) {
        if (text instanceof StringBuilder builder) {
            builder.getChars(from, to, chars, 0);
        } else if (text instanceof String string) {
            string.getChars(from, to, chars, 0);
        } else {
            for (int i = from; i < to; i++) {
                chars[i - from] = text.charAt(i);
            }
        }
    }

    private void encodeAll(CharBuffer in, boolean last) {
        while (true) {
            CoderResult result = encoder.encode(in, bytes, last);
            if (!result.isOverflow()) {
                return;
            }
            grow();
        }
    }

    private void grow() {
        ByteBuffer larger = ByteBuffer.allocate(bytes.capacity() * 2);
        bytes.flip();
        larger.put(bytes);
        bytes = larger;
    }
}

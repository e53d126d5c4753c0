package dev.ferry.engine.session;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class PageUtf8Test {

    private final PageUtf8 utf8 = new PageUtf8();

    @Test
    void encodesAsStringGetBytesDoes() {
        String text = "plain ascii\té à ü\u0000€ 中文 \uD83D\uDE00 end\n";
        assertEncodedAsGetBytes(text, new StringBuilder(text));
    }

    @Test
    void keepsSurrogatePairsWholeAtEveryChunkBoundary() {
        for (int offset = 8185; offset < 8197; offset++) {
            StringBuilder text = new StringBuilder("a".repeat(offset));
            for (int i = 0; i < 3000; i++) {
                text.append("\uD83D\uDE00x");
            }
            assertEncodedAsGetBytes(text.toString(), text);
        }
    }

    @Test
    void replacesLoneSurrogatesAsStringGetBytesDoes() {
        String text = "lone high \uD83D then text, lone low \uDE00 and a high at the end \uD83D";
        assertEncodedAsGetBytes(text, new StringBuilder(text));
        String cutAtChunk = "b".repeat(8191) + "\uD83D";
        assertEncodedAsGetBytes(cutAtChunk, new StringBuilder(cutAtChunk));
    }

    @Test
    void growsBeyondItsFirstBufferAndEncodesShorterPagesAfterwards() {
        String large = "ü€\uD83D\uDE00 row\n".repeat(40_000);
        assertEncodedAsGetBytes(large, new StringBuilder(large));
        assertEncodedAsGetBytes("short", new StringBuilder("short"));
        assertEncodedAsGetBytes("", new StringBuilder());
    }

    @Test
    void encodesAnyCharSequence() {
        String text = "a string, not a builder: ü€";
        assertEncodedAsGetBytes(text, text);
        assertEncodedAsGetBytes(text, CharBuffer.wrap(text));
    }

    private void assertEncodedAsGetBytes(String expected, CharSequence text) {
        ByteBuffer encoded = utf8.encode(text);
        byte[] actual = Arrays.copyOf(encoded.array(), encoded.limit());
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), actual);
    }
}

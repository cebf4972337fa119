package io.hsmlog.engine.parse;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Splits a byte stream into numbered lines without losing any and without failing on any: lines end at LF (a CR
 * before it is dropped), are decoded as strict UTF-8, and a line that is not text (invalid UTF-8, NUL bytes,
 * binary data, or longer than {@value #MAX_LINE_BYTES} bytes) comes back as garbage with the reason and a printable
 * excerpt. Over-long lines are counted, not buffered, so input of any size reads in constant memory.
 * <p>
 * Not thread-safe; one reader per stream.
 */
public final class LineReader implements Closeable {

    public static final int MAX_LINE_BYTES = 65536;

    private static final int BUFFER_BYTES = 1 << 16;
    private static final int EXCERPT_BYTES = 120;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    /** One byte more than the limit so a line of exactly the limit may still carry its CR. */
    private final byte[] line = new byte[MAX_LINE_BYTES + 1];
    private int position;
    private int limit;
    private boolean endOfInput;
    private long lineNumber;

    public LineReader(InputStream in) {
        this.in = in;
    }

    /** The next line, or null at the end of input. */
    public RawLine next() throws IOException {
        int kept = 0;
        long length = 0;
        byte last = 0;
        while (true) {
            if (position == limit && !fill()) {
                if (length == 0) {
                    return null;
                }
                break;
            }
            int newline = indexOfNewline();
            int stop = newline < 0 ? limit : newline;
            int count = stop - position;
            if (count > 0) {
                int copied = Math.min(count, line.length - kept);
                System.arraycopy(buffer, position, line, kept, copied);
                kept += copied;
                length += count;
                last = buffer[stop - 1];
            }
            position = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        lineNumber++;
        if (last == '\r') {
            length--;
            kept = (int) Math.min(kept, length);
        }
        if (length > MAX_LINE_BYTES) {
            return RawLine.garbage(lineNumber,
                    "line of " + length + " bytes exceeds the " + MAX_LINE_BYTES + "-byte limit", excerpt(kept));
        }
        return decode(kept);
    }

    /** The remaining lines; closing the stream closes this reader. I/O failures surface as UncheckedIOException. */
    public Stream<RawLine> lines() {
        Spliterator<RawLine> lines = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super RawLine> action) {
                RawLine next;
                try {
                    next = next();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (next == null) {
                    return false;
                }
                action.accept(next);
                return true;
            }
        };
        return StreamSupport.stream(lines, false).onClose(() -> {
            try {
                close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private boolean fill() throws IOException {
        while (!endOfInput) {
            int read = in.read(buffer, 0, buffer.length);
            if (read < 0) {
                endOfInput = true;
            } else if (read > 0) {
                position = 0;
                limit = read;
                return true;
            }
        }
        return false;
    }

    private int indexOfNewline() {
        byte[] bytes = buffer;
        for (int i = position, end = limit; i < end; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private RawLine decode(int length) {
        boolean nul = false;
        boolean nonAscii = false;
        int controls = 0;
        byte[] bytes = line;
        for (int i = 0; i < length; i++) {
            byte b = bytes[i];
            if (b >= 0x20 && b != 0x7F) {
                continue;
            }
            if (b < 0) {
                nonAscii = true;
            } else if (b == 0) {
                nul = true;
            } else if (b != '\t' && b != '\r' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        if (nul) {
            return RawLine.garbage(lineNumber, "contains NUL bytes", excerpt(length));
        }
        if (nonAscii) {
            int malformed = Utf8.firstMalformed(bytes, length);
            if (malformed >= 0) {
                return RawLine.garbage(lineNumber, "invalid UTF-8 at byte " + (malformed + 1), excerpt(length));
            }
        }
        // A stray control character is tolerated; text in which they are common is not text.
        if (controls > 0 && controls * 8 >= length) {
            return RawLine.garbage(lineNumber, "binary data", excerpt(length));
        }
        String text = nonAscii
                ? new String(bytes, 0, length, StandardCharsets.UTF_8)
                : new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        return RawLine.text(lineNumber, text);
    }

    /** The line's first bytes with everything but printable ASCII written as \xNN. */
    private String excerpt(int available) {
        int shown = Math.min(available, EXCERPT_BYTES);
        StringBuilder sb = new StringBuilder(shown + 16);
        for (int i = 0; i < shown; i++) {
            int b = line[i] & 0xFF;
            if (b >= 0x20 && b < 0x7F && b != '\\') {
                sb.append((char) b);
            } else {
                sb.append("\\x").append(HEX[b >> 4]).append(HEX[b & 0xF]);
            }
        }
        if (available > shown) {
            sb.append("...");
        }
        return sb.toString();
    }
}

package io.hsmlog.cli;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens the command line's inputs: a file, gzip-compressed or not, or standard input for "-". */
final class Inputs {
    private Inputs() {
    }

    /** An opened input, its size on disk (-1 when unknown) and how much of that has been read. */
    record Opened(InputStream stream, long size, Counting counter) {
        long position() {
            return counter.count;
        }
    }

    static Opened open(String name) throws IOException {
        if (name.equals("-")) {
            Counting c = new Counting(System.in);
            return new Opened(c, -1, c);
        }
        Path p = Path.of(name);
        long size = Files.size(p);
        Counting counting = new Counting(Files.newInputStream(p));
        BufferedInputStream in = new BufferedInputStream(counting, 1 << 16);
        // Decompress by content, not by name: the gzip magic number decides.
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        InputStream stream = b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
        return new Opened(stream, size, counting);
    }

    /** Counts the bytes read from the file itself, before any decompression. */
    static final class Counting extends FilterInputStream {
        volatile long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) count += n;
            return n;
        }
    }
}

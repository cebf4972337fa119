package io.hsmlog.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;

/** Input that gives some lines and then fails, as a disk or a connection does. */
final class FailingInput {
    static final String ERROR = "disk read error";

    private FailingInput() {
    }

    /** {@code text}, then an {@link IOException} saying {@link #ERROR}. */
    static InputStream after(String text) {
        return new SequenceInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException(ERROR);
            }
        });
    }
}

package io.hsmlog.knowledge.load;

import java.io.IOException;
import java.io.InputStream;

/**
 * A knowledge file to read: the name problems are reported under, and how to open it.
 *
 * @param name "entries/ipmi.yaml" for built-in files, the path as given for user files
 */
record Source(String name, Opener opener) {
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }
}

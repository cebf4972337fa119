package io.hsmlog.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard output or error is a terminal, which decides colour and progress display. */
final class Terminal {
    private Terminal() {
    }

    static boolean stdout() {
        return isTerminal(1);
    }

    static boolean stderr() {
        return isTerminal(2);
    }

    private static boolean isTerminal(int fd) {
        if (System.getenv("NO_COLOR") != null && fd == 1) return false;
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }
}

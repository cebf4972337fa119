package io.hsmlog;

import io.hsmlog.engine.Assessment;
import io.hsmlog.engine.Engine;
import io.hsmlog.knowledge.load.KnowledgeException;

import java.nio.file.Path;

/**
 * The entry point for programs that embed hsmlog.
 *
 * <pre>{@code
 * Engine engine = HsmLog.engine();                       // built-in knowledge
 * Assessment a = engine.assess("2012 Feb 29 12:05:01 myLuna local4 alert ipmiev: SEL buffer overflow, ...");
 * a.priority(); a.meaning(); a.action();
 * }</pre>
 *
 * Build an engine once and share it: it is thread-safe.
 */
public final class HsmLog {
    private HsmLog() {
    }

    /** An engine on the built-in knowledge. */
    public static Engine engine() throws KnowledgeException {
        return Engine.builder().build();
    }

    /** An engine on the built-in knowledge plus a directory of entries that add to and override it. */
    public static Engine engine(Path knowledgeDir) throws KnowledgeException {
        return Engine.builder().knowledge(knowledgeDir).build();
    }

    /** Assesses one line with a new engine on the built-in knowledge; for one-off use, build an engine to reuse. */
    public static Assessment assess(String line) throws KnowledgeException {
        return engine().assess(line);
    }
}

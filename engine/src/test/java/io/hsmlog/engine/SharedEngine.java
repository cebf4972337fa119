package io.hsmlog.engine;

/** One engine on the built-in knowledge for the engine's tests: building it is the expensive part. */
final class SharedEngine {
    private static Engine engine;

    private SharedEngine() {
    }

    static synchronized Engine get() {
        if (engine == null) {
            try {
                engine = Engine.builder().defaultYear(2012).threads(2).build();
            } catch (Exception e) {
                throw new IllegalStateException("the built-in knowledge does not load: " + e.getMessage(), e);
            }
        }
        return engine;
    }
}

package io.hsmlog.guide;

/** The "--name value" options of the command-line tools. */
final class Args {

    private Args() {
    }

    static String required(String[] args, String name) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        System.err.println("missing " + name + " <value>");
        System.exit(2);
        return null;
    }

    /** The value of an optional option, or null. */
    static String optional(String[] args, String name) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return null;
    }
}

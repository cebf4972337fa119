package io.hsmlog.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} options of the bench's small command-line tools. */
final class Arguments {
    private final Map<String, String> values = new HashMap<>();

    Arguments(String[] args, String... known) {
        List<String> names = List.of(known);
        for (int i = 0; i < args.length; i++) {
            if (!names.contains(args[i]) || i + 1 == args.length) {
                throw new IllegalArgumentException(
                        "usage: " + String.join(" VALUE ", names) + " VALUE (got '" + args[i] + "')");
            }
            values.put(args[i], args[++i]);
        }
    }

    String get(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }
}

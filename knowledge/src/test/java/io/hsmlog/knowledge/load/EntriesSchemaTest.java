package io.hsmlog.knowledge.load;

import io.hsmlog.knowledge.Component;
import io.hsmlog.knowledge.EventKind;
import io.hsmlog.knowledge.Group;
import io.hsmlog.knowledge.Priority;
import io.hsmlog.knowledge.validate.SyslogSeverities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The JSON Schema editors check entries with accepts exactly what the loader accepts. */
class EntriesSchemaTest {
    private static Map<String, Object> schema;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readSchema() throws IOException {
        // JSON is YAML: the packaged schema is read as it ships.
        try (InputStream in = EntriesSchemaTest.class.getClassLoader()
                .getResourceAsStream(BuiltInFiles.ROOT + "schema/entries.schema.json")) {
            assertNotNull(in, "the schema is packaged");
            schema = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
    }

    @Test
    void fileKeys() {
        assertEquals(set(FileKeys.all(EntriesFileReader.FILE_REQUIRED, EntriesFileReader.FILE_OPTIONAL)),
                map(schema, "properties").keySet());
        assertEquals(EntriesFileReader.FILE_REQUIRED, schema.get("required"));
    }

    @Test
    void entryKeys() {
        Map<String, Object> entry = def("entry");
        assertEquals(set(FileKeys.all(EntriesFileReader.ENTRY_REQUIRED, EntriesFileReader.ENTRY_OPTIONAL)),
                map(entry, "properties").keySet());
        assertEquals(EntriesFileReader.ENTRY_REQUIRED, entry.get("required"));
    }

    @Test
    void caseKeys() {
        Map<String, Object> c = def("case");
        assertEquals(set(FileKeys.all(EntriesFileReader.CASE_REQUIRED, EntriesFileReader.CASE_OPTIONAL)),
                map(c, "properties").keySet());
        assertEquals(EntriesFileReader.CASE_REQUIRED, c.get("required"));
        Map<String, Object> when = def("when");
        Set<String> keys = new LinkedHashSet<>(map(when, "properties").keySet());
        assertEquals(Set.of("^field\\..+$"), map(when, "patternProperties").keySet());
        keys.add("field.<name>");
        assertEquals(set(EntriesFileReader.WHEN_KEYS), keys);
    }

    @Test
    void enumerations() {
        assertEquals(Arrays.stream(Component.values()).map(Component::key).toList(), def("component").get("enum"));
        assertEquals(Arrays.stream(Priority.values()).map(Priority::key).toList(), def("priority").get("enum"));
        assertEquals(SyslogSeverities.NAMES, def("severity").get("enum"));
        Map<String, Object> props = map(def("entry"), "properties");
        assertEquals(EntriesFileReader.ENTRY_GROUPS.stream().map(Group::key).toList(), map(props, "group").get("enum"));
        assertEquals(EntriesFileReader.EVENT_KEYS.stream().map(EventKind::key).toList(), map(props, "event").get("enum"));
        assertEquals("^[a-z0-9-]+(\\.[a-z0-9-]+)+$", map(props, "id").get("pattern"));
    }

    private static Map<String, Object> def(String name) {
        return map(map(schema, "$defs"), name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> m, String key) {
        Object v = m.get(key);
        assertNotNull(v, key);
        return (Map<String, Object>) v;
    }

    private static Set<String> set(List<String> keys) {
        return new LinkedHashSet<>(keys);
    }

    private static final class FileKeys {
        static List<String> all(List<String> required, List<String> optional) {
            List<String> all = new ArrayList<>(required);
            all.addAll(optional);
            return all;
        }
    }
}

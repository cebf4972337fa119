package io.hsmlog.engine;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text from a user's knowledge reaches the generated DRL only as escaped literals, and means only itself. */
class DrlInjectionTest {

    @Test
    void hostileTextInATrapRuleIsMatchedLiterally() throws Exception {
        Engine engine = Engine.builder().defaultYear(2012)
                .knowledge(Path.of("src/test/resources/engine/injection")).build();

        assertTrue(engine.drl().contains("\\\" ) then System.exit(3); end rule \\\"x\\\""), "the quotes are escaped");

        Assessment literal = engine.assess("2012 Feb 29 12:05:01 myLuna user info injector: before "
                + "\" ) then System.exit(3); end rule \"x\" when $s : Subject( \" after");
        assertEquals("fanAttentionNotify", literal.trap().notification());

        Assessment other = engine.assess("2012 Feb 29 12:05:01 myLuna user info injector: an ordinary message");
        assertNull(other.trap());
    }
}

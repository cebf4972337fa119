package io.hsmlog.guide.read;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WrapJoinTest {

    @Test
    void joinsWithoutASpaceAfterAWordAndADashOrUnderscore() {
        assertEquals("Lower Non-recoverable", WrapJoin.join("Lower Non-", "recoverable"));
        assertEquals("RC_FUNCTION_NOT_SUPPORTED", WrapJoin.join("RC_FUNCTION_NOT_", "SUPPORTED"));
        assertEquals("PSU2_Status", WrapJoin.join("PSU2_", "Status"));
        assertEquals("54a0-4a92", WrapJoin.join("54a0-", "4a92"));
    }

    @Test
    void joinsWithOneSpaceOtherwise() {
        assertEquals("PSU2_Status . - Failure detected Asserted", WrapJoin.join("PSU2_Status . -", "Failure detected Asserted"));
        assertEquals("Lower Critical going low", WrapJoin.join("Lower Critical  ", "going low"));
    }

    @Test
    void joinsALongOptionCutAfterItsDashes() {
        assertEquals("together with --capabilities.", WrapJoin.join("together with --", "capabilities."));
    }
}

package io.hsmlog.guide.read;

/**
 * The trap the guide says an example leads to.
 *
 * @param notification the SAFENET-APPLIANCE-MIB notification ("fanAttentionNotify")
 * @param asserted     whether the event is an assert (true) or a de-assert (false)
 * @param source       where the assert flag comes from
 */
public record TrapExpectation(String notification, boolean asserted, Source source) {

    /** How the assert flag was established. */
    public enum Source {
        /** The guide says so in words ("the first, second, fourth and fifth examples create assert events"). */
        STATED,
        /** Computed from "Reading x .lt/.gt/&lt;/&gt; Threshold y". */
        THRESHOLD,
        /** "Asserted" or "Deasserted" at the end of the message. */
        DISCRETE,
        /** A non-threshold event, which is always an assert. */
        ALWAYS,
        /** The last field of the ssLogReference the guide shows. */
        LOG_REFERENCE
    }
}

package io.hsmlog.guide.read;

/**
 * A judgement about a guide line that looks like, or belongs to, a message but is not read plainly.
 *
 * @param verdict EXCLUDED when the line is judged not to be a real message; KEPT when it is read, with a remark
 */
public record LineJudgement(int line, String text, Verdict verdict, String reason) {

    /** Whether the line became (part of) an example. */
    public enum Verdict { EXCLUDED, KEPT }
}

package io.hsmlog.guide.read;

import java.util.ArrayList;
import java.util.List;

/** An example while the reader assembles it from the guide's wrapped lines. */
final class ExampleDraft {

    final ExampleKind kind;
    final Position position;
    final int block;
    final List<Integer> lines = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    String component;
    String text = "";
    String printed;
    String lastPiece = "";
    String meaning;
    String footnote;
    TrapExpectation trap;

    ExampleDraft(ExampleKind kind, Position position, int block) {
        this.kind = kind;
        this.position = position;
        this.block = block;
    }

    /** Adds a printed line (0-based index), joining it to the text by the guide's wrapping rule. */
    void append(int index, String piece) {
        text = lines.isEmpty() ? piece.strip() : WrapJoin.join(text, piece);
        lines.add(index + 1);
        lastPiece = piece.stripTrailing();
    }

    int firstLine() {
        return lines.get(0);
    }

    int lastLine() {
        return lines.get(lines.size() - 1);
    }

    GuideExample toExample(String group) {
        return new GuideExample(firstLine(), List.copyOf(lines), text, printed == null ? text : printed, kind,
                position, component, group, meaning, footnote, trap, List.copyOf(notes));
    }
}

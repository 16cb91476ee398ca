package backprop.reader;

import org.commonmark.node.CustomNode;

/**
 * A formula inside a line of text: {@code $…$}, or {@code $$…$$} written inside a paragraph.
 * Its TeX is kept exactly as written, backslashes and all, since no Markdown rule ran on it.
 */
public final class InlineMath extends CustomNode {
    private final String tex;
    private final boolean display;

    InlineMath(String tex, boolean display) {
        this.tex = tex;
        this.display = display;
    }

    /** The TeX between the dollar signs. */
    public String tex() {
        return tex;
    }

    /** Whether it was written {@code $$…$$}, which asks for the formula set apart. */
    public boolean display() {
        return display;
    }
}

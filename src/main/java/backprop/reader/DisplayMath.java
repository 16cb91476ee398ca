package backprop.reader;

import org.commonmark.node.CustomBlock;

/**
 * A formula set apart as a block: lines from one beginning with {@code $$} to one ending with
 * {@code $$}. A blank line ends it as well, since TeX does not allow one in display math; then it
 * is not {@link #closed()}, which the reader reports instead of guessing.
 */
public final class DisplayMath extends CustomBlock {
    private String tex = "";
    private boolean closed;

    /** The TeX between the dollar signs, its lines joined by newlines. */
    public String tex() {
        return tex;
    }

    /** Whether the closing {@code $$} was found. */
    public boolean closed() {
        return closed;
    }

    void finish(String tex, boolean closed) {
        this.tex = tex;
        this.closed = closed;
    }
}

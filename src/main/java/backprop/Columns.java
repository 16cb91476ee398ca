package backprop;

/**
 * How many terminal columns a text takes. A Hangul syllable or a CJK ideograph takes two
 * (East Asian Wide or Fullwidth); everything this project draws with (box drawing, braille,
 * arrows) takes one. Counting code points alone would let a Korean label push every box edge
 * after it out of line.
 */
public final class Columns {
    private Columns() {}

    /** The columns of one code point: 0 for a combining mark or a control, 2 if wide, else 1. */
    public static int of(int codePoint) {
        if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) {
            return 0;
        }
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || codePoint == 0x200b) {
            return 0;
        }
        return isWide(codePoint) ? 2 : 1;
    }

    /** The columns of a whole line. */
    public static int of(String text) {
        return text.codePoints().map(Columns::of).sum();
    }

    /** East Asian Wide (W) and Fullwidth (F) ranges of Unicode's EastAsianWidth.txt, coarsely. */
    static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115f)      // Hangul Jamo initial consonants
                || (c >= 0x231a && c <= 0x231b)
                || (c >= 0x2e80 && c <= 0x303e)  // CJK radicals, punctuation
                || (c >= 0x3041 && c <= 0x33ff)  // kana, compatibility
                || (c >= 0x3400 && c <= 0x4dbf)  // CJK extension A
                || (c >= 0x4e00 && c <= 0x9fff)  // CJK unified ideographs
                || (c >= 0xa000 && c <= 0xa4cf)  // Yi
                || (c >= 0xa960 && c <= 0xa97f)  // Hangul Jamo extended A
                || (c >= 0xac00 && c <= 0xd7a3)  // Hangul syllables
                || (c >= 0xf900 && c <= 0xfaff)  // CJK compatibility ideographs
                || (c >= 0xfe30 && c <= 0xfe4f)
                || (c >= 0xff00 && c <= 0xff60)  // fullwidth forms
                || (c >= 0xffe0 && c <= 0xffe6)
                || (c >= 0x1f300 && c <= 0x1f64f) // pictographs, emoticons
                || (c >= 0x1f900 && c <= 0x1f9ff)
                || (c >= 0x20000 && c <= 0x3fffd);
    }

    /** {@code text} cut to at most {@code columns} columns, never splitting a wide character. */
    public static String truncate(String text, int columns) {
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int w = of(c);
            if (used + w > columns) {
                break;
            }
            out.appendCodePoint(c);
            used += w;
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** {@code text} padded with spaces on the right to {@code columns} columns. */
    public static String padRight(String text, int columns) {
        return text + " ".repeat(Math.max(0, columns - of(text)));
    }

    /** {@code text} padded with spaces on the left to {@code columns} columns. */
    public static String padLeft(String text, int columns) {
        return " ".repeat(Math.max(0, columns - of(text))) + text;
    }

    /**
     * {@code text} broken at spaces into lines of at most {@code columns} columns (a single word
     * longer than that stays whole), each line ending with a newline.
     */
    public static String wrap(String text, int columns) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (line.length() > 0 && of(line.toString()) + 1 + of(word) > columns) {
                    out.append(line).append('\n');
                    line.setLength(0);
                    line.append("  ");
                }
                line.append(line.length() == 0 || line.toString().equals("  ") ? "" : " ").append(word);
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }
}

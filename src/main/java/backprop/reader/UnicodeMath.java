package backprop.reader;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import backprop.Columns;

/**
 * TeX as Unicode for a terminal: ∂E_total/∂w₅, σ(x) = 1/(1 + e⁻ˣ), w₅⁺, α, x̄. A formula in a
 * line of text becomes one line; a formula set apart may stack its fractions and draw
 * {@code cases} and matrices over several rows, and breaks before a relation or an operator when
 * it is wider than the page.
 *
 * <p>Subscripts and superscripts use Unicode's small letters and digits where every character
 * has one and they read as one symbol (w₅, xᵢ, e⁻ˣ, ²⁻¹); a word such as "total" or "o1" stays
 * legible as {@code _total}, {@code _o1}, as the code names them. What the renderer does not know
 * is kept as written and listed in {@link Rendered#problems()}, never dropped in silence.
 */
public final class UnicodeMath {
    /** Between two parts of a formula that must stay on one line: printed as a space. */
    static final char GLUE = '\u00a0';
    /** Where a formula inside a paragraph may break (after an operator or a comma): prints as nothing. */
    static final char BREAK = '\u200b';

    private static final String SUBSCRIPT_FROM = "0123456789+−=()aehijklmnoprstuvxβγρφχ";
    private static final String SUBSCRIPT_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ";
    private static final String SUPERSCRIPT_FROM = "0123456789+−=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVW′*";
    private static final String SUPERSCRIPT_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ′*";

    private static final Map<String, String> VULGAR = Map.ofEntries(
            Map.entry("1/2", "½"), Map.entry("1/3", "⅓"), Map.entry("2/3", "⅔"), Map.entry("1/4", "¼"),
            Map.entry("3/4", "¾"), Map.entry("1/5", "⅕"), Map.entry("1/6", "⅙"), Map.entry("1/8", "⅛"));

    /** Big operators get a space after them, function names only before a letter. */
    private static final String BIG_OPERATORS = "ΣΠ∫";

    /**
     * A formula drawn as text.
     *
     * @param rows     one row for a formula in a line; one or more for a formula set apart
     * @param problems what could not be drawn, e.g. an unknown command; empty when all was
     */
    public record Rendered(List<String> rows, List<String> problems) {
        public Rendered {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        /** The rows as printed, one line each. */
        public String text() {
            return String.join("\n", rows);
        }
    }

    private final List<String> problems = new ArrayList<>();

    private UnicodeMath() {}

    /**
     * A formula for a line of text, on one line. Spaces in it are {@link #GLUE} and places where
     * a paragraph may break it are marked with {@link #BREAK}; {@link #plain} turns both into
     * what is printed.
     */
    public static Rendered inline(String tex) {
        UnicodeMath math = new UnicodeMath();
        String line = math.linear(Tex.parse(tex));
        return new Rendered(List.of(line), math.problems);
    }

    /** A formula for a line of text, as printed: one line, no break marks. */
    public static String inlineText(String tex) {
        return plain(inline(tex).rows().get(0));
    }

    /**
     * A formula set apart, at most {@code width} columns wide if it can be: stacked fractions
     * and multi-row cases when they fit, else broken before its relations and operators, else
     * written on one line and broken there, else cut.
     */
    public static Rendered display(String tex, int width) {
        if (width < 10) {
            throw new IllegalArgumentException("width must be at least 10 columns, got " + width);
        }
        UnicodeMath math = new UnicodeMath();
        List<Tex.Node> nodes = Tex.parse(tex);
        List<String> rows = math.fit(math.pieces(nodes, true), width);
        if (rows == null) {
            rows = math.fit(math.pieces(nodes, false), width);
        }
        if (rows == null) {
            rows = cut(math.boxOf(math.pieces(nodes, false)).rows(), width);
        }
        List<String> problems = new ArrayList<>();
        for (String p : math.problems) {
            if (!problems.contains(p)) {
                problems.add(p);
            }
        }
        return new Rendered(rows, problems);
    }

    /** Break marks removed, glue printed as a space. */
    static String plain(String line) {
        return line.replace(String.valueOf(BREAK), "").replace(GLUE, ' ');
    }

    // ----- one line ---------------------------------------------------------------------------

    private String linear(List<Tex.Node> nodes) {
        StringBuilder out = new StringBuilder();
        Tex.Node previous = null;
        Tex.Kind previousKind = null;
        for (Tex.Node node : nodes) {
            Tex.Kind kind = kindAfter(previousKind, node);
            out.append(gap(previous, previousKind, node, kind)).append(linear(node));
            previous = node;
            previousKind = kind;
        }
        return out.toString();
    }

    private String linear(Tex.Node node) {
        if (node instanceof Tex.Atom a) {
            return a.text();
        } else if (node instanceof Tex.Group g) {
            return linear(g.nodes());
        } else if (node instanceof Tex.Scripts s) {
            return linear(s.base()) + subscript(s.sub()) + superscript(s.sup());
        } else if (node instanceof Tex.Frac f) {
            return fraction(f);
        } else if (node instanceof Tex.Accent a) {
            return accented(tight(a.body()), a.mark());
        } else if (node instanceof Tex.Fenced f) {
            return f.open() + linear(f.body()) + f.close();
        } else if (node instanceof Tex.Space s) {
            String glue = String.valueOf(GLUE).repeat(s.columns());
            return s.columns() >= 2 ? glue + BREAK : glue;
        } else if (node instanceof Tex.Env e) {
            return linearEnvironment(e);
        }
        return unknown((Tex.Unknown) node);
    }

    private String unknown(Tex.Unknown u) {
        problems.add("cannot render " + u.source());
        return u.source();
    }

    /** A part of a formula with its spaces dropped, for a script or under an accent. */
    private String tight(Tex.Node node) {
        return plain(linear(node)).replace(" ", "");
    }

    private String fraction(Tex.Frac f) {
        String numerator = tight(f.numerator()).isEmpty() ? "" : linear(f.numerator());
        String denominator = linear(f.denominator());
        String vulgar = VULGAR.get(plain(numerator) + "/" + plain(denominator));
        if (vulgar != null) {
            return vulgar;
        }
        return parenthesised(f.numerator(), numerator) + "/" + parenthesised(f.denominator(), denominator);
    }

    /** a/b needs (a + 1)/(b + 1): a part with an operator, relation, comma or fraction at its top level. */
    private static String parenthesised(Tex.Node part, String text) {
        return needsParentheses(flatten(part)) ? "(" + text + ")" : text;
    }

    private static boolean needsParentheses(List<Tex.Node> nodes) {
        int depth = 0;
        Tex.Kind previous = null;
        for (Tex.Node node : nodes) {
            Tex.Kind kind = kindAfter(previous, node);
            if (kind == Tex.Kind.OPEN) {
                depth++;
            } else if (kind == Tex.Kind.CLOSE) {
                depth--;
            } else if (depth == 0 && (kind == Tex.Kind.BIN || kind == Tex.Kind.REL || kind == Tex.Kind.PUNCT
                    || kind == Tex.Kind.OP || node instanceof Tex.Space
                    || node instanceof Tex.Frac && !isVulgar((Tex.Frac) node))) {
                return true;
            }
            previous = kind;
        }
        return false;
    }

    private static boolean isVulgar(Tex.Frac f) {
        UnicodeMath quiet = new UnicodeMath();
        return VULGAR.containsKey(quiet.tight(f.numerator()) + "/" + quiet.tight(f.denominator()));
    }

    private static List<Tex.Node> flatten(Tex.Node node) {
        if (node instanceof Tex.Group g) {
            List<Tex.Node> out = new ArrayList<>();
            for (Tex.Node n : g.nodes()) {
                out.addAll(flatten(n));
            }
            return out;
        }
        return List.of(node);
    }

    private String subscript(Tex.Node sub) {
        if (sub == null) {
            return "";
        }
        String text = tight(sub);
        String small = small(text, SUBSCRIPT_FROM, SUBSCRIPT_TO);
        if (small != null && readsAsOneSymbol(text)) {
            return small;
        }
        return "_" + (isWord(text) ? text : "(" + text + ")");
    }

    private String superscript(Tex.Node sup) {
        if (sup == null) {
            return "";
        }
        String text = tight(sup);
        String small = small(text, SUPERSCRIPT_FROM, SUPERSCRIPT_TO);
        if (small != null) {
            return small;
        }
        return "^" + (isWord(text) ? text : "(" + text + ")");
    }

    /** Each character's small form, or null if one has none. */
    private static String small(String text, String from, String to) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int at = from.indexOf(c);
            if (at < 0) {
                return null;
            }
            out.appendCodePoint(to.codePointAt(to.offsetByCodePoints(0, from.codePointCount(0, at))));
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /**
     * "5", "12", "i", "i=1", "k−1" read as one small symbol; "total", "o1", "ji" do not: in tiny
     * letters a word is hard to read, and the code writes it E_total, E_o1.
     */
    private static boolean readsAsOneSymbol(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            if (Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b)
                    && (Character.isLetter(a) || Character.isLetter(b))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWord(String text) {
        return !text.isEmpty() && text.codePoints().allMatch(Character::isLetterOrDigit);
    }

    /** Each character with the mark; composed where Unicode has the letter (ŷ), combining where not (x̄). */
    private static String accented(String body, char mark) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); ) {
            int c = body.codePointAt(i);
            out.appendCodePoint(c);
            i += Character.charCount(c);
            if (Columns.of(c) > 0) {
                out.append(mark);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private String linearEnvironment(Tex.Env e) {
        List<String> rows = new ArrayList<>();
        for (List<List<Tex.Node>> row : e.rows()) {
            List<String> cells = new ArrayList<>();
            for (List<Tex.Node> cell : row) {
                cells.add(linear(cell));
            }
            rows.add(String.join(e.name().equals("cases") ? "," + GLUE : String.valueOf(GLUE), cells));
        }
        String body = String.join(";" + GLUE + BREAK, rows);
        return switch (e.name()) {
            case "cases" -> "{" + body + "}";
            case "bmatrix" -> "[" + body + "]";
            case "vmatrix" -> "|" + body + "|";
            case "matrix" -> body;
            default -> "(" + body + ")";
        };
    }

    // ----- spacing ----------------------------------------------------------------------------

    private static Tex.Kind kindOf(Tex.Node node) {
        if (node instanceof Tex.Atom a) {
            return a.kind();
        }
        return node instanceof Tex.Scripts s ? kindOf(s.base()) : Tex.Kind.ORD;
    }

    /** A + or − after nothing, an operator, a relation or an opening parenthesis is a sign (−x). */
    private static Tex.Kind kindAfter(Tex.Kind previous, Tex.Node node) {
        Tex.Kind kind = kindOf(node);
        if (kind == Tex.Kind.BIN && (previous == null || previous == Tex.Kind.BIN || previous == Tex.Kind.REL
                || previous == Tex.Kind.OPEN || previous == Tex.Kind.PUNCT || previous == Tex.Kind.OP)) {
            return Tex.Kind.ORD;
        }
        return kind;
    }

    /** The space between two parts, TeX's rules made coarse: around operators and relations, after commas. */
    private String gap(Tex.Node previous, Tex.Kind previousKind, Tex.Node node, Tex.Kind kind) {
        if (previous == null || previous instanceof Tex.Space || node instanceof Tex.Space) {
            return "";
        }
        String glue = String.valueOf(GLUE);
        if (kind == Tex.Kind.REL && previousKind == Tex.Kind.REL) {
            return "";
        }
        if (kind == Tex.Kind.BIN || kind == Tex.Kind.REL) {
            return glue;
        }
        if (previousKind == Tex.Kind.BIN || previousKind == Tex.Kind.REL || previousKind == Tex.Kind.PUNCT) {
            return glue + BREAK;
        }
        if (previousKind == Tex.Kind.OP) {
            boolean big = previous instanceof Tex.Atom a && BIG_OPERATORS.contains(a.text())
                    || previous instanceof Tex.Scripts s && s.base() instanceof Tex.Atom a2 && BIG_OPERATORS.contains(a2.text());
            return big || kind == Tex.Kind.ORD && !(node instanceof Tex.Fenced) ? glue : "";
        }
        if (node instanceof Tex.Env || kind == Tex.Kind.ORD && endsInLongScript(previous) && !isSlash(node)) {
            return glue;
        }
        if (isSlashFraction(previous) || isSlashFraction(node)) {
            return kind == Tex.Kind.CLOSE || kind == Tex.Kind.PUNCT || previousKind == Tex.Kind.OPEN ? "" : glue;
        }
        return "";
    }

    /** w_ji x: a subscript written out as a word needs a space before what follows. */
    private boolean endsInLongScript(Tex.Node node) {
        return node instanceof Tex.Scripts s && (s.sup() == null ? subscript(s.sub()) : superscript(s.sup())).startsWith("_")
                || node instanceof Tex.Scripts s2 && s2.sup() != null && superscript(s2.sup()).startsWith("^");
    }

    /** E_total/∂w₅: a slash after a subscript word needs no space, the word ends at it. */
    private static boolean isSlash(Tex.Node node) {
        return node instanceof Tex.Atom a && a.text().equals("/");
    }

    private static boolean isSlashFraction(Tex.Node node) {
        return node instanceof Tex.Frac f && !isVulgar(f);
    }

    // ----- set apart --------------------------------------------------------------------------

    /**
     * A part of a formula set apart: the space before it, its box, and how good a place it is
     * to break the formula before it ({@link #STRONG}, {@link #RELATION}, {@link #WEAK}, or 0 for not at all; the
     * space is dropped at a break).
     */
    private record Piece(String gap, Box box, int breakBefore) {
        int width() {
            return Columns.of(gap) + box.width();
        }
    }

    /** After a comma or a wide space, between two formulas in one: where a long formula breaks first. */
    private static final int STRONG = 3;
    /** Before a relation (= ≥ →). */
    private static final int RELATION = 2;
    /** Before + − ×: where it breaks when the strong places are not enough. */
    private static final int WEAK = 1;

    /** The top level as boxes; {@code stack}: fractions over bars, cases over rows. */
    private List<Piece> pieces(List<Tex.Node> nodes, boolean stack) {
        List<Piece> out = new ArrayList<>();
        Tex.Node previous = null;
        Tex.Kind previousKind = null;
        int depth = 0;
        for (Tex.Node node : nodes) {
            Tex.Kind kind = kindAfter(previousKind, node);
            String gap = plain(gap(previous, previousKind, node, kind));
            int breakBefore = 0;
            if (previous != null && depth == 0) {
                if (previousKind == Tex.Kind.PUNCT && !(node instanceof Tex.Space)
                        || previous instanceof Tex.Space s && s.columns() >= 2) {
                    breakBefore = STRONG;
                } else if (kind == Tex.Kind.REL && previousKind != Tex.Kind.REL) {
                    breakBefore = RELATION;
                } else if (kind == Tex.Kind.BIN) {
                    breakBefore = WEAK;
                }
            }
            if (kind == Tex.Kind.OPEN) {
                depth++;
            } else if (kind == Tex.Kind.CLOSE) {
                depth = Math.max(0, depth - 1);
            }
            out.add(new Piece(gap, box(node, stack), breakBefore));
            previous = node;
            previousKind = kind;
        }
        return out;
    }

    private Box box(Tex.Node node, boolean stack) {
        if (stack) {
            if (node instanceof Tex.Frac f && !isVulgar(f)) {
                return Box.fraction(boxOf(pieces(flatten(f.numerator()), false)),
                        boxOf(pieces(flatten(f.denominator()), false)));
            } else if (node instanceof Tex.Group g) {
                return boxOf(pieces(g.nodes(), true));
            } else if (node instanceof Tex.Fenced f) {
                return Box.fenced(f.open(), boxOf(pieces(f.body(), true)), f.close());
            } else if (node instanceof Tex.Scripts s && box(s.base(), true).height() > 1) {
                return Box.scripted(box(s.base(), true), plain(subscript(s.sub())), plain(superscript(s.sup())));
            } else if (node instanceof Tex.Env e) {
                return environment(e);
            }
        }
        return Box.of(plain(linear(node)));
    }

    private Box boxOf(List<Piece> pieces) {
        List<Box> boxes = new ArrayList<>();
        for (Piece p : pieces) {
            if (!p.gap().isEmpty()) {
                boxes.add(Box.of(p.gap()));
            }
            boxes.add(p.box());
        }
        return boxes.isEmpty() ? Box.of("") : Box.beside(boxes);
    }

    /** {@code cases} with a tall brace and aligned columns; a matrix in tall parentheses. */
    private Box environment(Tex.Env e) {
        List<List<String>> cells = new ArrayList<>();
        int columns = 0;
        for (List<List<Tex.Node>> row : e.rows()) {
            List<String> texts = new ArrayList<>();
            for (List<Tex.Node> cell : row) {
                texts.add(plain(linear(cell)));
            }
            cells.add(texts);
            columns = Math.max(columns, texts.size());
        }
        int[] widths = new int[columns];
        for (List<String> row : cells) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], Columns.of(row.get(c)));
            }
        }
        String separator = e.name().equals("cases") ? "   " : "  ";
        List<String> rows = new ArrayList<>();
        for (List<String> row : cells) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                line.append(c == 0 ? "" : separator).append(c == row.size() - 1 ? row.get(c) : Columns.padRight(row.get(c), widths[c]));
            }
            rows.add(line.toString());
        }
        if (!e.name().equals("cases")) {
            List<String> padded = new ArrayList<>();
            for (String row : rows) {
                padded.add(" " + row + " ");
            }
            String[] fence = switch (e.name()) {
                case "bmatrix" -> new String[] {"[", "]"};
                case "vmatrix" -> new String[] {"|", "|"};
                case "matrix" -> new String[] {"", ""};
                default -> new String[] {"(", ")"};
            };
            return Box.fenced(fence[0], new Box(padded, (padded.size() - 1) / 2), fence[1]);
        }
        if (rows.size() == 1) {
            return Box.of("{ " + rows.get(0));
        }
        // a brace needs a middle row for its point: two cases get an empty row between them
        if (rows.size() % 2 == 0) {
            rows.add(rows.size() / 2, "");
        }
        List<String> braced = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            String piece = r == 0 ? "⎧" : r == rows.size() - 1 ? "⎩" : r == rows.size() / 2 ? "⎨" : "⎪";
            braced.add(piece + " " + rows.get(r));
        }
        return new Box(braced, rows.size() / 2);
    }

    private static final int INDENT = 4;

    /**
     * The pieces in lines of at most {@code width} columns, the later lines indented; null if
     * they cannot be made to fit. A part between two strong places (after a comma) that is too
     * wide is broken at its relations, and a part between two relations at its operators.
     */
    private List<String> fit(List<Piece> pieces, int width) {
        List<List<Piece>> lines = new ArrayList<>();
        pack(pieces, width, STRONG, lines);
        List<String> rows = new ArrayList<>();
        boolean tall = false;
        for (int l = 0; l < lines.size(); l++) {
            Box box = boxOf(lines.get(l));
            if (l > 0) {
                box = Box.beside(List.of(Box.of(" ".repeat(INDENT)), box));
            }
            for (String row : box.rows()) {
                if (Columns.of(row.stripTrailing()) > width) {
                    return null;
                }
            }
            // lines of stacked fractions need air between them, or a bar meets the line below
            if (l > 0 && (tall || box.height() > 1)) {
                rows.add("");
            }
            tall = box.height() > 1;
            for (String row : box.rows()) {
                rows.add(row.stripTrailing());
            }
        }
        return rows;
    }

    /** Packs the pieces into {@code lines}, breaking only where a break is at least {@code strength}. */
    private void pack(List<Piece> pieces, int width, int strength, List<List<Piece>> lines) {
        List<List<Piece>> segments = new ArrayList<>();
        for (Piece p : pieces) {
            if (segments.isEmpty() || p.breakBefore() >= strength) {
                segments.add(new ArrayList<>());
            }
            segments.get(segments.size() - 1).add(p);
        }
        for (List<Piece> segment : segments) {
            if (!lines.isEmpty() && used(lines) + printed(segment, true) <= width) {
                lines.get(lines.size() - 1).addAll(segment);
                continue;
            }
            List<Piece> fresh = new ArrayList<>(segment);
            fresh.set(0, new Piece("", segment.get(0).box(), segment.get(0).breakBefore()));
            int start = lines.isEmpty() ? 0 : INDENT;
            if (start + printed(fresh, false) <= width || strength == WEAK) {
                lines.add(fresh);
            } else {
                pack(segment, width, strength - 1, lines);
            }
        }
    }

    /** The columns the last line takes so far, its indent included. */
    private static int used(List<List<Piece>> lines) {
        int used = lines.size() > 1 ? INDENT : 0;
        for (Piece p : lines.get(lines.size() - 1)) {
            used += p.width();
        }
        return used;
    }

    /** The columns a segment takes when printed: spaces at the end of a line are not. */
    private static int printed(List<Piece> segment, boolean withGap) {
        int columns = 0;
        for (Piece p : segment) {
            columns += p.width();
        }
        if (!withGap) {
            columns -= Columns.of(segment.get(0).gap());
        }
        for (int k = segment.size() - 1; k > 0 && segment.get(k).box().height() == 1
                && segment.get(k).box().rows().get(0).isBlank(); k--) {
            columns -= segment.get(k).width();
        }
        return columns;
    }

    /** Rows cut into pieces of at most {@code width} columns: the last resort, for a very narrow page. */
    private static List<String> cut(List<String> rows, int width) {
        List<String> out = new ArrayList<>();
        for (String row : rows) {
            String rest = row.stripTrailing();
            do {
                String piece = Columns.truncate(rest, width);
                out.add(piece);
                rest = rest.substring(piece.length());
            } while (!rest.isEmpty());
        }
        return out;
    }
}

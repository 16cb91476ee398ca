package backprop.reader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The TeX the chapters write, as a tree: the small part of TeX's math mode that textbooks of
 * this kind use (letters and numbers, sub- and superscripts, {@code \frac}, Greek letters and
 * operators, {@code \text}, accents, {@code \left…\right}, {@code cases} and {@code pmatrix}).
 * Whatever the parser does not know becomes an {@link Unknown} node, which the renderer reports.
 *
 * <p>As in TeX, spaces in the source do not count (except inside {@code \text}); spacing comes
 * from what each atom is: an operator, a relation, punctuation ({@link Kind}).
 */
final class Tex {
    private Tex() {}

    /** What an atom is, for spacing and for where a long formula may break: TeX's atom classes. */
    enum Kind { ORD, OP, BIN, REL, OPEN, CLOSE, PUNCT }

    sealed interface Node permits Atom, Group, Scripts, Frac, Accent, Env, Fenced, Space, Unknown {}

    /** A symbol or a word that prints as it is: {@code x}, {@code 2}, {@code α}, {@code ≥}, {@code max}. */
    record Atom(String text, Kind kind) implements Node {}

    /** {@code {…}}: a list of nodes that scripts and commands take as one. */
    record Group(List<Node> nodes) implements Node {}

    /** A base with a subscript and/or a superscript (either may be null). */
    record Scripts(Node base, Node sub, Node sup) implements Node {}

    record Frac(Node numerator, Node denominator) implements Node {}

    /** A combining mark over every character of the body: {@code \bar}, {@code \hat}, {@code \overline}. */
    record Accent(Node body, char mark) implements Node {}

    /** {@code \begin{name}…\end{name}}: rows of cells, each cell a list of nodes. */
    record Env(String name, List<List<List<Node>>> rows) implements Node {}

    /** {@code \left( … \right)}: "" for a {@code .} delimiter. */
    record Fenced(String open, List<Node> body, String close) implements Node {}

    /** Horizontal space of so many columns ({@code \quad}, {@code \,}). */
    record Space(int columns) implements Node {}

    /** A command, environment or construct the renderer cannot draw, kept as written. */
    record Unknown(String source) implements Node {}

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ϵ"), Map.entry("varepsilon", "ε"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"),
            Map.entry("theta", "θ"), Map.entry("iota", "ι"), Map.entry("kappa", "κ"), Map.entry("lambda", "λ"),
            Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"), Map.entry("pi", "π"),
            Map.entry("rho", "ρ"), Map.entry("sigma", "σ"), Map.entry("tau", "τ"), Map.entry("phi", "ϕ"),
            Map.entry("varphi", "φ"), Map.entry("chi", "χ"), Map.entry("psi", "ψ"), Map.entry("omega", "ω"),
            Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"), Map.entry("Theta", "Θ"), Map.entry("Lambda", "Λ"),
            Map.entry("Pi", "Π"), Map.entry("Sigma", "Σ"), Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"),
            Map.entry("Omega", "Ω"), Map.entry("partial", "∂"), Map.entry("nabla", "∇"), Map.entry("infty", "∞"),
            Map.entry("dots", "…"), Map.entry("ldots", "…"), Map.entry("cdots", "⋯"), Map.entry("vdots", "⋮"),
            Map.entry("ell", "ℓ"), Map.entry("prime", "′"), Map.entry("emptyset", "∅"));

    private static final Map<String, String> BINARIES = Map.of(
            "times", "×", "cdot", "·", "pm", "±", "mp", "∓", "circ", "∘", "odot", "⊙", "div", "÷");

    private static final Map<String, String> RELATIONS = Map.ofEntries(
            Map.entry("geq", "≥"), Map.entry("ge", "≥"), Map.entry("leq", "≤"), Map.entry("le", "≤"),
            Map.entry("neq", "≠"), Map.entry("ne", "≠"), Map.entry("approx", "≈"), Map.entry("equiv", "≡"),
            Map.entry("sim", "∼"), Map.entry("propto", "∝"), Map.entry("to", "→"), Map.entry("rightarrow", "→"),
            Map.entry("leftarrow", "←"), Map.entry("gets", "←"), Map.entry("Rightarrow", "⇒"),
            Map.entry("mapsto", "↦"), Map.entry("in", "∈"), Map.entry("notin", "∉"), Map.entry("subset", "⊂"),
            Map.entry("ll", "≪"), Map.entry("gg", "≫"));

    /** Big operators and function names: {@code \sum}, {@code \max}, {@code \tanh}. */
    private static final Map<String, String> OPERATORS = Map.ofEntries(
            Map.entry("sum", "Σ"), Map.entry("prod", "Π"), Map.entry("int", "∫"),
            Map.entry("max", "max"), Map.entry("min", "min"), Map.entry("arg", "arg"), Map.entry("log", "log"),
            Map.entry("ln", "ln"), Map.entry("exp", "exp"), Map.entry("sin", "sin"), Map.entry("cos", "cos"),
            Map.entry("tan", "tan"), Map.entry("tanh", "tanh"), Map.entry("lim", "lim"), Map.entry("sup", "sup"),
            Map.entry("inf", "inf"), Map.entry("det", "det"));

    private static final Map<String, String> DELIMITERS = Map.of(
            "lvert", "|", "rvert", "|", "vert", "|", "lVert", "‖", "rVert", "‖", "|", "‖",
            "langle", "⟨", "rangle", "⟩", "{", "{", "}", "}");

    /** Columns of space: TeX's {@code \quad} is 1 em, about two characters of a formula. */
    private static final Map<String, Integer> SPACES = Map.of(
            "quad", 2, "qquad", 4, ",", 1, ";", 1, ":", 1, " ", 1, "!", 0);

    private static final Map<String, Character> ACCENTS = Map.of(
            "bar", '\u0304', "overline", '\u0305', "hat", '\u0302', "widehat", '\u0302',
            "tilde", '\u0303', "widetilde", '\u0303', "vec", '\u20d7', "dot", '\u0307', "ddot", '\u0308');

    /** The formula as a list of top-level nodes. */
    static List<Node> parse(String tex) {
        return new Reader(tex).sequence(Stop.END);
    }

    private enum Stop { END, BRACE, CELL, RIGHT }

    private static final class Reader {
        private final String s;
        private int i;

        Reader(String s) {
            this.s = s;
        }

        List<Node> sequence(Stop stop) {
            List<Node> nodes = new ArrayList<>();
            while (true) {
                skipSpaces();
                if (i >= s.length()) {
                    if (stop == Stop.BRACE) {
                        nodes.add(new Unknown("{ without its }"));
                    }
                    return nodes;
                }
                char c = s.charAt(i);
                if (c == '}') {
                    if (stop == Stop.BRACE) {
                        i++;
                        return nodes;
                    }
                    if (stop == Stop.CELL) {
                        return nodes;
                    }
                    i++;
                    nodes.add(new Unknown("} without its {"));
                    continue;
                }
                if (stop == Stop.CELL && (c == '&' || s.startsWith("\\\\", i) || s.startsWith("\\end", i))) {
                    return nodes;
                }
                if (stop == Stop.RIGHT && s.startsWith("\\right", i)) {
                    return nodes;
                }
                if (c == '^' || c == '_' || c == '\'') {
                    Node base = nodes.isEmpty() ? new Atom("", Kind.ORD) : nodes.remove(nodes.size() - 1);
                    nodes.add(scripts(base));
                    continue;
                }
                nodes.add(atom());
            }
        }

        /** Sub- and superscripts after a base: {@code x_1^2}, {@code f'}, {@code w^+}. */
        private Node scripts(Node base) {
            Node sub = null;
            List<Node> sup = new ArrayList<>();
            if (base instanceof Scripts earlier) {
                base = earlier.base();
                sub = earlier.sub();
                if (earlier.sup() != null) {
                    sup.add(earlier.sup());
                }
            }
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\'') {
                    i++;
                    sup.add(new Atom("′", Kind.ORD));
                } else if (c == '^') {
                    i++;
                    skipSpaces();
                    sup.add(argument());
                } else if (c == '_') {
                    i++;
                    skipSpaces();
                    sub = sub == null ? argument() : new Group(List.of(sub, new Unknown("a second subscript")));
                } else {
                    break;
                }
                skipSpacesBeforeScript();
            }
            Node superscript = sup.isEmpty() ? null : sup.size() == 1 ? sup.get(0) : new Group(sup);
            return new Scripts(base, sub, superscript);
        }

        private void skipSpacesBeforeScript() {
            int j = i;
            while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            if (j < s.length() && (s.charAt(j) == '^' || s.charAt(j) == '_')) {
                i = j;
            }
        }

        /** One argument of a command or a script: a group, a command, or one character. */
        private Node argument() {
            skipSpaces();
            if (i >= s.length()) {
                return new Unknown("a missing argument");
            }
            if (s.charAt(i) == '{') {
                i++;
                return new Group(sequence(Stop.BRACE));
            }
            return atom();
        }

        private Node atom() {
            char c = s.charAt(i);
            if (c == '{') {
                i++;
                return new Group(sequence(Stop.BRACE));
            }
            if (c == '\\') {
                return command();
            }
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            String text = new String(Character.toChars(cp));
            return switch (c) {
                case '+', '*' -> new Atom(c == '*' ? "*" : "+", c == '*' ? Kind.ORD : Kind.BIN);
                case '-' -> new Atom("−", Kind.BIN);
                case '=', '<', '>' -> new Atom(text, Kind.REL);
                case ':' -> new Atom(":", Kind.REL);
                case '(', '[' -> new Atom(text, Kind.OPEN);
                case ')', ']' -> new Atom(text, Kind.CLOSE);
                case ',', ';' -> new Atom(text, Kind.PUNCT);
                case '&' -> new Space(2);
                case '~' -> new Space(1);
                default -> new Atom(text, Kind.ORD);
            };
        }

        private Node command() {
            int start = i;
            i++; // the backslash
            if (i >= s.length()) {
                return new Unknown("\\");
            }
            String name;
            if (Character.isLetter(s.charAt(i))) {
                int end = i;
                while (end < s.length() && Character.isLetter(s.charAt(end))) {
                    end++;
                }
                name = s.substring(i, end);
                i = end;
            } else {
                name = String.valueOf(s.charAt(i));
                i++;
            }
            if (SYMBOLS.containsKey(name)) {
                return new Atom(SYMBOLS.get(name), Kind.ORD);
            }
            if (BINARIES.containsKey(name)) {
                return new Atom(BINARIES.get(name), Kind.BIN);
            }
            if (RELATIONS.containsKey(name)) {
                return new Atom(RELATIONS.get(name), Kind.REL);
            }
            if (OPERATORS.containsKey(name)) {
                return new Atom(OPERATORS.get(name), Kind.OP);
            }
            if (SPACES.containsKey(name)) {
                return new Space(SPACES.get(name));
            }
            if (ACCENTS.containsKey(name)) {
                return new Accent(argument(), ACCENTS.get(name));
            }
            switch (name) {
                case "frac", "dfrac", "tfrac":
                    return new Frac(argument(), argument());
                case "text", "mathrm", "textrm", "mathit", "textit", "mathbf", "textbf", "boldsymbol",
                        "operatorname", "mathsf", "mathtt":
                    return text(name);
                case "left":
                    return fenced();
                case "begin":
                    return environment(start);
                case "lvert", "vert", "|":
                    return new Atom(DELIMITERS.get(name), Kind.ORD);
                case "rvert":
                    return new Atom("|", Kind.ORD);
                case "{":
                    return new Atom("{", Kind.OPEN);
                case "}":
                    return new Atom("}", Kind.CLOSE);
                case "%", "$", "#", "&", "_":
                    return new Atom(name, Kind.ORD);
                case "\\":
                    return new Unknown("\\\\ outside an environment");
                default:
                    return new Unknown(s.substring(start, i));
            }
        }

        /**
         * {@code \text{…}} and its kin: the words as written, spaces kept. {@code \mathbf} and the
         * like lose their font, which a terminal does not have; their argument is still math.
         */
        private Node text(String name) {
            skipSpaces();
            if (i >= s.length() || s.charAt(i) != '{') {
                return argument();
            }
            if (name.startsWith("text") || name.equals("operatorname") || name.equals("mathrm")) {
                int depth = 0;
                int start = i + 1;
                for (int j = i; j < s.length(); j++) {
                    char c = s.charAt(j);
                    if (c == '{') {
                        depth++;
                    } else if (c == '}' && --depth == 0) {
                        i = j + 1;
                        String words = s.substring(start, j);
                        if (words.indexOf('\\') >= 0 || words.indexOf('{') >= 0) {
                            return new Unknown("\\" + name + "{" + words + "}");
                        }
                        return new Atom(words, name.equals("operatorname") ? Kind.OP : Kind.ORD);
                    }
                }
                i = s.length();
                return new Unknown("\\" + name + "{ without its }");
            }
            return argument();
        }

        private Node fenced() {
            String open = delimiter();
            List<Node> body = sequence(Stop.RIGHT);
            if (!s.startsWith("\\right", i)) {
                return new Group(List.of(new Atom(open, Kind.OPEN), new Group(body), new Unknown("\\left without \\right")));
            }
            i += "\\right".length();
            String close = delimiter();
            return new Fenced(open, body, close);
        }

        private String delimiter() {
            skipSpaces();
            if (i >= s.length()) {
                return "";
            }
            char c = s.charAt(i);
            if (c == '\\') {
                int end = i + 1;
                while (end < s.length() && Character.isLetter(s.charAt(end))) {
                    end++;
                }
                if (end == i + 1 && end < s.length()) {
                    end++;
                }
                String name = s.substring(i + 1, end);
                i = end;
                return DELIMITERS.getOrDefault(name, "?");
            }
            i++;
            return c == '.' ? "" : String.valueOf(c);
        }

        private Node environment(int start) {
            String name = braced();
            List<List<List<Node>>> rows = new ArrayList<>();
            List<List<Node>> row = new ArrayList<>();
            while (true) {
                row.add(sequence(Stop.CELL));
                if (i >= s.length()) {
                    return new Unknown("\\begin{" + name + "} without \\end");
                }
                if (s.charAt(i) == '&') {
                    i++;
                } else if (s.startsWith("\\\\", i)) {
                    i += 2;
                    rows.add(row);
                    row = new ArrayList<>();
                } else if (s.startsWith("\\end", i)) {
                    i += "\\end".length();
                    String end = braced();
                    rows.add(row);
                    if (!end.equals(name)) {
                        return new Unknown("\\begin{" + name + "} closed by \\end{" + end + "}");
                    }
                    return switch (name) {
                        case "cases", "pmatrix", "bmatrix", "matrix", "vmatrix" -> new Env(name, rows);
                        default -> new Unknown(s.substring(start, i));
                    };
                } else {
                    i++; // a stray } inside a cell
                }
            }
        }

        private String braced() {
            skipSpaces();
            if (i < s.length() && s.charAt(i) == '{') {
                int end = s.indexOf('}', i);
                if (end > 0) {
                    String name = s.substring(i + 1, end).strip();
                    i = end + 1;
                    return name;
                }
            }
            return "";
        }

        private void skipSpaces() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}

package backprop.reader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

import org.jline.builtins.Less;
import org.jline.builtins.Source;
import org.jline.terminal.Attributes;
import org.jline.terminal.Cursor;
import org.jline.terminal.MouseEvent;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedCharSequence;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.ColorPalette;
import org.jline.utils.InfoCmp;
import org.jline.utils.NonBlockingReader;

/**
 * The companion's one pager: long text shown a screen at a time with JLine's {@link Less}. It
 * pages by screen rows, so give it lines that already fit the terminal's width (as
 * {@link TerminalRenderer} makes them); a longer line is wrapped by Less and still not lost.
 *
 * <p>Keys: Space or {@code f} a screen forward, Enter a line forward, {@code b} a screen back,
 * {@code /} search and {@code n} the next match, {@code q} leave. The prompt on the last row
 * names the title and those keys. Use it from any command:
 * <pre>
 *   Pager.page(terminal, "5장", lines);            // List&lt;AttributedString&gt;, styles kept
 *   Pager.page(terminal, "/grade", ansiText);      // a String, lines split at \n, ANSI styles read
 * </pre>
 * Only on a real terminal: for piped output print the lines instead.
 *
 * <p>One obstacle, and how it is met: JLine 4.5 writes eleven box-drawing characters (─ │ ┌ ┐ └
 * ┘ ├ ┤ ┬ ┴ ┼) through the terminal's line-drawing character set, or as ASCII {@code - | +}
 * when that is switched off, as the companion switches it off (tmux shows the line-drawing set as
 * letters). So the lines go to Less with those eleven replaced by private-use code points, one
 * column wide like them, and the terminal Less writes to turns them back into the box-drawing
 * characters on their way out: Unicode in every mode.
 */
public final class Pager {
    private Pager() {}

    /** The box-drawing characters JLine would not print as they are, in the order of their stand-ins. */
    private static final String BOX = "─│┌┐└┘├┤┬┴┼";
    /** Private-use code points U+E000…: the stand-ins. */
    private static final char FIRST_STAND_IN = '\ue000';

    /** Pages text (lines split at newlines, ANSI styles kept) until the reader leaves with q. */
    public static void page(Terminal terminal, String title, String text) throws IOException, InterruptedException {
        List<AttributedString> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(AttributedString.fromAnsi(line));
        }
        if (text.endsWith("\n")) {
            lines.remove(lines.size() - 1);
        }
        page(terminal, title, lines);
    }

    /** Pages the lines on the terminal until the reader leaves with q. */
    public static void page(Terminal terminal, String title, List<AttributedString> lines)
            throws IOException, InterruptedException {
        StringBuilder text = new StringBuilder();
        for (AttributedString line : lines) {
            text.append(standIns(line)).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        Source source = new Source() {
            @Override
            public String getName() {
                return title;
            }

            @Override
            public InputStream read() {
                return new ByteArrayInputStream(bytes);
            }

            @Override
            public Long lines() {
                return (long) lines.size();
            }
        };
        Less less = new Less(new BoxDrawingTerminal(terminal), Path.of(""));
        less.defaultPrompt(title + " · Space 다음 · b 이전 · / 찾기 · q 나가기");
        less.run(new ArrayList<>(List.of(source)));
    }

    /** The line as ANSI text, its box-drawing characters replaced by their stand-ins. */
    static String standIns(AttributedString line) {
        String plain = line.toString();
        StringBuilder replaced = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            int box = BOX.indexOf(c);
            replaced.append(box >= 0 ? (char) (FIRST_STAND_IN + box) : c);
        }
        AttributedStringBuilder b = new AttributedStringBuilder();
        for (int i = 0; i < replaced.length(); i++) {
            b.style(line.styleAt(i)).append(replaced.charAt(i));
        }
        return b.toAttributedString().toAnsi(256, AttributedCharSequence.ForceMode.None);
    }

    /** Text with the stand-ins turned back into box drawing. */
    static String boxDrawing(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int box = c - FIRST_STAND_IN;
            if (box >= 0 && box < BOX.length()) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, BOX.charAt(box));
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * UTF-8 bytes with the stand-ins turned back into box drawing: a stand-in is EE 80 8k, its
     * character E2 94 xx, three bytes each, so one is swapped for the other as the bytes pass.
     */
    static final class BoxDrawingStream extends OutputStream {
        private final OutputStream out;
        private final byte[] pending = new byte[2];
        private int held;

        BoxDrawingStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            b &= 0xff;
            if (held == 0 && b == 0xee || held == 1 && b == 0x80) {
                pending[held++] = (byte) b;
                return;
            }
            if (held == 2 && b >= 0x80 && b < 0x80 + BOX.length()) {
                byte[] box = String.valueOf(BOX.charAt(b - 0x80)).getBytes(StandardCharsets.UTF_8);
                out.write(box);
                held = 0;
                return;
            }
            out.write(pending, 0, held);
            held = 0;
            if (b == 0xee) {
                pending[held++] = (byte) b;
            } else {
                out.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            for (int i = 0; i < length; i++) {
                write(bytes[offset + i]);
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }
    }

    /** Characters with the stand-ins turned back into box drawing. */
    static final class BoxDrawingWriter extends Writer {
        private final Writer out;

        BoxDrawingWriter(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            out.write(boxDrawing(new String(chars, offset, length)));
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /**
     * The companion's terminal as Less sees it: everything is the terminal's own, except that
     * what is written goes through {@link BoxDrawingStream} or {@link BoxDrawingWriter}, and that
     * closing it leaves the terminal open.
     */
    static final class BoxDrawingTerminal implements Terminal {
        private final Terminal terminal;
        private final OutputStream output;
        private final PrintWriter writer;

        BoxDrawingTerminal(Terminal terminal) {
            this.terminal = terminal;
            this.output = new BoxDrawingStream(terminal.output());
            this.writer = new PrintWriter(new BoxDrawingWriter(terminal.writer()), false);
        }

        @Override public PrintWriter writer() { return writer; }
        @Override public OutputStream output() { return output; }
        @Override public void flush() { writer.flush(); terminal.flush(); }
        @Override public void close() { flush(); }

        @Override
        public boolean puts(InfoCmp.Capability capability, Object... params) {
            writer.flush();
            return terminal.puts(capability, params);
        }

        @Override public String getName() { return terminal.getName(); }
        @Override public SignalHandler handle(Signal signal, SignalHandler handler) { return terminal.handle(signal, handler); }
        @Override public void raise(Signal signal) { terminal.raise(signal); }
        @Override public NonBlockingReader reader() { return terminal.reader(); }
        @Override public Charset encoding() { return terminal.encoding(); }
        @Override public Charset inputEncoding() { return terminal.inputEncoding(); }
        @Override public Charset outputEncoding() { return terminal.outputEncoding(); }
        @Override public InputStream input() { return terminal.input(); }
        @Override public boolean canPauseResume() { return terminal.canPauseResume(); }
        @Override public void pause() { terminal.pause(); }
        @Override public void pause(boolean wait) throws InterruptedException { terminal.pause(wait); }
        @Override public void resume() { terminal.resume(); }
        @Override public boolean paused() { return terminal.paused(); }
        @Override public Attributes enterRawMode() { return terminal.enterRawMode(); }
        @Override public boolean echo() { return terminal.echo(); }
        @Override public boolean echo(boolean echo) { return terminal.echo(echo); }
        @Override public Attributes getAttributes() { return terminal.getAttributes(); }
        @Override public void setAttributes(Attributes attributes) { terminal.setAttributes(attributes); }
        @Override public Size getSize() { return terminal.getSize(); }
        @Override public void setSize(org.jline.terminal.Sized size) { terminal.setSize(size); }
        @Override public Size getBufferSize() { return terminal.getBufferSize(); }
        @Override public String getType() { return terminal.getType(); }
        @Override public boolean getBooleanCapability(InfoCmp.Capability c) { return terminal.getBooleanCapability(c); }
        @Override public Integer getNumericCapability(InfoCmp.Capability c) { return terminal.getNumericCapability(c); }
        @Override public String getStringCapability(InfoCmp.Capability c) { return terminal.getStringCapability(c); }
        @Override public Cursor getCursorPosition(IntConsumer discarded) { return terminal.getCursorPosition(discarded); }
        @Override public boolean hasMouseSupport() { return terminal.hasMouseSupport(); }
        @Override public boolean trackMouse(MouseTracking tracking) { return terminal.trackMouse(tracking); }
        @Override public MouseTracking getCurrentMouseTracking() { return terminal.getCurrentMouseTracking(); }
        @Override public MouseEvent readMouseEvent() { return terminal.readMouseEvent(); }
        @Override public MouseEvent readMouseEvent(IntSupplier reader) { return terminal.readMouseEvent(reader); }
        @Override public MouseEvent readMouseEvent(String prefix) { return terminal.readMouseEvent(prefix); }
        @Override public MouseEvent readMouseEvent(IntSupplier reader, String prefix) { return terminal.readMouseEvent(reader, prefix); }
        @Override public boolean hasFocusSupport() { return terminal.hasFocusSupport(); }
        @Override public boolean trackFocus(boolean tracking) { return terminal.trackFocus(tracking); }
        @Override public ColorPalette getPalette() { return terminal.getPalette(); }
        @Override public boolean supportsGraphemeClusterMode() { return terminal.supportsGraphemeClusterMode(); }
        @Override public boolean getGraphemeClusterMode() { return terminal.getGraphemeClusterMode(); }
        @Override public boolean setGraphemeClusterMode(boolean on, boolean force) { return terminal.setGraphemeClusterMode(on, force); }
        @Override public String getenv(String name) { return terminal.getenv(name); }
        @Override public int getDefaultForegroundColor() { return terminal.getDefaultForegroundColor(); }
        @Override public int getDefaultBackgroundColor() { return terminal.getDefaultBackgroundColor(); }
        @Override public boolean hasKittyKeyboardSupport() { return terminal.hasKittyKeyboardSupport(); }
        @Override public boolean setKittyKeyboardMode(EnumSet<KittyKeyboardMode> modes) { return terminal.setKittyKeyboardMode(modes); }
        @Override public boolean resetKittyKeyboardMode() { return terminal.resetKittyKeyboardMode(); }
    }
}

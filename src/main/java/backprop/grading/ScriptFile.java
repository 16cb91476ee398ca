package backprop.grading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A student's script as the grader reads it: a plain file (never a link, which could point into the
 * answer key or another student's folder), of a sensible size, as text. UTF-8 is read with or
 * without the byte order mark Windows editors write; a file saved as UTF-16 ("Unicode" in Notepad)
 * or CP949/EUC-KR (the Korean Windows default) is read too, with a note saying how to save it as
 * UTF-8, which plain jshell needs.
 */
sealed interface ScriptFile {

    /** Larger than any honest exercise by far; a bigger file is not read. */
    int MAX_BYTES = 512 * 1024;

    /**
     * The script's text; {@code note} says how it was read when that was not plain UTF-8, else "";
     * {@code sha256} is the file's content hash, which progress is tied to.
     */
    record Text(String text, String note, String sha256) implements ScriptFile {}

    /** There is no file. */
    record Missing() implements ScriptFile {}

    /** There is something, but not a script the grader reads: why, in a sentence for the student. */
    record Unreadable(String reason) implements ScriptFile {}

    String SAVE_AS_UTF8 = "save it as UTF-8 (Notepad: 다른 이름으로 저장(Save As) → 인코딩(Encoding): UTF-8; "
            + "VS Code: the encoding in the status bar → Save with Encoding → UTF-8)";

    static ScriptFile read(Path file) {
        return read(file, null);
    }

    /**
     * As {@link #read(Path)}; with {@code within} not null, a file whose real place is outside that
     * folder (reached through a linked folder on the way) is not read either.
     */
    static ScriptFile read(Path file, Path within) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return new Missing();
        } catch (IOException e) {
            return new Unreadable("cannot read it: " + e.getMessage());
        }
        if (attributes.isSymbolicLink()) {
            return new Unreadable("it is a link; the grader reads only a plain file");
        }
        if (!attributes.isRegularFile()) {
            return new Unreadable("it is not a plain file");
        }
        if (within != null) {
            try {
                if (!file.toRealPath().startsWith(within.toRealPath())) {
                    return new Unreadable("it lies outside " + within.getFileName() + " (a linked folder on the way)");
                }
            } catch (IOException e) {
                return new Unreadable("cannot read it: " + e.getMessage());
            }
        }
        if (attributes.size() > MAX_BYTES) {
            return new Unreadable("it is " + attributes.size() + " bytes long; a script may have at most " + MAX_BYTES);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            return new Unreadable("cannot read it: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            return new Unreadable("it is longer than " + MAX_BYTES + " bytes");
        }
        return decode(bytes);
    }

    /** The text of a script's bytes, in the first encoding that reads them without an error. */
    static ScriptFile decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            String text = strict(StandardCharsets.UTF_8, bytes, 3);
            return text != null ? new Text(text, "", sha256(bytes))
                    : new Unreadable("it starts like UTF-8 but is not valid UTF-8; " + SAVE_AS_UTF8);
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            String text = strict(StandardCharsets.UTF_16, bytes, 0);
            return text != null
                    ? new Text(text, "it is saved as UTF-16 and was read as such; plain jshell reads only UTF-8: "
                            + SAVE_AS_UTF8, sha256(bytes))
                    : new Unreadable("it is not valid UTF-16; " + SAVE_AS_UTF8);
        }
        String utf8 = strict(StandardCharsets.UTF_8, bytes, 0);
        if (utf8 != null) {
            return new Text(utf8, "", sha256(bytes));
        }
        String korean = strict(korean(), bytes, 0);
        if (korean != null) {
            return new Text(korean, "it is saved as CP949 (EUC-KR), the Korean Windows default, and was read as such; "
                    + "plain jshell reads only UTF-8 and shows its Korean as ?: " + SAVE_AS_UTF8, sha256(bytes));
        }
        return new Unreadable("it is not UTF-8 text (nor CP949/EUC-KR); " + SAVE_AS_UTF8);
    }

    /** The hexadecimal SHA-256 of {@code bytes}. */
    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static Charset korean() {
        try {
            return Charset.forName("x-windows-949");
        } catch (UnsupportedCharsetException e) {
            return Charset.forName("EUC-KR");
        }
    }

    private static String strict(Charset charset, byte[] bytes, int offset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

package backprop;

import java.util.function.Supplier;

/**
 * One approved output of the answer key: {@code answers/<chapter>/<name>.approved.txt}.
 *
 * @param chapter the chapter folder, e.g. {@code 05-mlp}
 * @param name    what the file holds, e.g. {@code slides-trace}
 * @param title   the header line written above the output
 * @param output  runs the code that prints the output
 */
public record Answer(String chapter, String name, String title, Supplier<String> output) {

    /** The file's full text: a header line, a blank line, then what the code printed. */
    public String text() {
        String body = output.get();
        return "# " + title + "\n\n" + (body.endsWith("\n") ? body : body + "\n");
    }

    @Override
    public String toString() {
        return chapter + "/" + name;
    }
}

package backprop.grading;

import java.nio.file.Path;

/**
 * One exercise: the skeleton a student edits, and the answer its output must match.
 *
 * @param id      the number used in the chapter text, e.g. {@code 5.1}
 * @param chapter the chapter folder, e.g. {@code 05-mlp}
 * @param slug    a few words for file names, e.g. {@code full-step}
 * @param title   what the exercise asks, Korean with the English term beside it
 * @param hint    shown when the output is wrong
 */
public record Exercise(String id, String chapter, String slug, String title, String hint) {

    /** {@code 5.1-full-step}: the script's name without {@code .jsh}, and the answer's name. */
    public String name() {
        return id + "-" + slug;
    }

    /** The skeleton the student edits, relative to the project folder. */
    public Path script() {
        return Path.of("jshell-scripts", "exercises", name() + ".jsh");
    }

    /** The approved output, relative to the project folder. */
    public Path answer() {
        return Path.of("answers", chapter, answerName() + ".approved.txt");
    }

    /** The answer's base name, e.g. {@code exercise-5.1-full-step}. */
    public String answerName() {
        return "exercise-" + name();
    }

    /** The answer file's header line, above the script's output. */
    public String header() {
        return "# " + chapter + ": exercise " + id + " — " + title;
    }

    /** The chapter number, e.g. 5 for {@code 05-mlp}. */
    public int chapterNumber() {
        return Integer.parseInt(chapter.substring(0, 2));
    }
}

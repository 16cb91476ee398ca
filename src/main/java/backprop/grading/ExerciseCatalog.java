package backprop.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every exercise of every chapter, in the order of the chapters. */
public final class ExerciseCatalog {
    private ExerciseCatalog() {}

    private static final List<Exercise> ALL = List.of(
            // The chapters' exercises are listed here, chapter by chapter.
    );

    public static List<Exercise> all() {
        return ALL;
    }

    /** An exercise by its id ({@code 5.1}) or its full name ({@code 5.1-hidden-gradient}). */
    public static Optional<Exercise> find(String idOrName) {
        String wanted = idOrName.strip();
        return ALL.stream().filter(e -> e.id().equals(wanted) || e.name().equals(wanted)).findFirst();
    }

    /** The exercises of one chapter. */
    public static List<Exercise> ofChapter(int chapter) {
        List<Exercise> result = new ArrayList<>();
        for (Exercise e : ALL) {
            if (e.chapterNumber() == chapter) {
                result.add(e);
            }
        }
        return result;
    }
}

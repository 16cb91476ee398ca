package backprop.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Grades several exercises side by side, each in a VM of its own, and reports them in their order:
 * while one script's VM starts, another's snippets compile. {@code -Dgrade.threads=N} sets how many
 * at once (default: two, or one on a single core).
 */
final class Grading {
    private Grading() {}

    static int threads() {
        int cores = Runtime.getRuntime().availableProcessors();
        return Math.max(1, Integer.getInteger("grade.threads", Math.min(2, cores)));
    }

    /** Every result, in the order of {@code exercises}; {@code inOrder} hears of each as soon as it and those before it are done. */
    static List<GradeResult> inOrder(Grader grader, List<Exercise> exercises, Consumer<GradeResult> inOrder) {
        ExecutorService pool = Executors.newFixedThreadPool(threads(), r -> {
            Thread t = new Thread(r, "grading");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<GradeResult>> pending = new ArrayList<>();
            for (Exercise exercise : exercises) {
                pending.add(pool.submit(() -> grader.grade(exercise)));
            }
            List<GradeResult> results = new ArrayList<>();
            for (Future<GradeResult> future : pending) {
                GradeResult result = future.get();
                results.add(result);
                inOrder.accept(result);
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("grading was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the grader failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}

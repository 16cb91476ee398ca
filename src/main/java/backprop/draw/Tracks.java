package backprop.draw;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The layout's fifth phase: between two columns of boxes, every source whose edges change rows
 * turns them on a vertical track of its own column of cells. Sources whose vertical lines never
 * meet may share a track, so the channel stays narrow; the order of the tracks decides how many
 * lines cross.
 */
final class Tracks {
    private Tracks() {}

    /** The cost of two lines running on top of each other: more than any number of crossings. */
    static final long CLASH = 1_000_000_000L;
    /** One more track: worth more than any number of crossings, less than a clash. */
    static final long NEW_TRACK = 1_000_000L;

    /**
     * A source that needs a track: the row its line arrives on from the left, the rows its
     * lines leave on to the right, and the span {@code from}..{@code to} its vertical line covers.
     */
    record Run(int row, List<Integer> targetRows, int from, int to) {
        Run {
            targetRows = List.copyOf(targetRows);
        }

        static Run of(int row, List<Integer> targetRows) {
            int from = row;
            int to = row;
            for (int t : targetRows) {
                from = Math.min(from, t);
                to = Math.max(to, t);
            }
            return new Run(row, targetRows, from, to);
        }

        boolean overlaps(Run other) {
            return from <= other.to && other.from <= to;
        }
    }

    /** Which track each run got (0 is leftmost), in the order given; the tracks used; the clashes left. */
    record Assignment(List<Integer> trackOf, int tracks, int clashes) {
        Assignment {
            trackOf = List.copyOf(trackOf);
        }
    }

    /**
     * Runs placed one at a time, top to bottom, each where it costs least: into an existing
     * track, or into a new track at any position.
     */
    static Assignment assign(List<Run> runs) {
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparingInt(Run::from).thenComparingInt(Run::to));
        // tracks.get(t) holds the runs drawn in track t, left to right.
        List<List<Run>> tracks = new ArrayList<>();
        for (Run run : sorted) {
            List<List<Run>> best = null;
            long bestCost = Long.MAX_VALUE;
            for (int t = 0; t < tracks.size(); t++) {
                List<List<Run>> option = copy(tracks);
                option.get(t).add(run);
                long cost = cost(option);
                if (cost < bestCost) {
                    best = option;
                    bestCost = cost;
                }
            }
            for (int p = 0; p <= tracks.size(); p++) {
                List<List<Run>> option = copy(tracks);
                option.add(p, new ArrayList<>(List.of(run)));
                long cost = cost(option) + NEW_TRACK;
                if (cost < bestCost) {
                    best = option;
                    bestCost = cost;
                }
            }
            tracks = best;
        }
        Map<Run, Integer> trackOf = trackOf(tracks);
        List<Integer> assigned = new ArrayList<>();
        for (Run run : runs) {
            assigned.add(trackOf.get(run));
        }
        return new Assignment(assigned, tracks.size(), (int) (cost(tracks) / CLASH));
    }

    private static List<List<Run>> copy(List<List<Run>> tracks) {
        List<List<Run>> copy = new ArrayList<>();
        for (List<Run> track : tracks) {
            copy.add(new ArrayList<>(track));
        }
        return copy;
    }

    /** Runs are told apart by identity: two sources never share a row, but the map must not care. */
    private static Map<Run, Integer> trackOf(List<List<Run>> tracks) {
        Map<Run, Integer> trackOf = new IdentityHashMap<>();
        for (int t = 0; t < tracks.size(); t++) {
            for (Run run : tracks.get(t)) {
                trackOf.put(run, t);
            }
        }
        return trackOf;
    }

    /**
     * How bad an assignment of runs to tracks is: {@link #CLASH} wherever two lines would run on
     * top of each other (they could not be told apart), and one point per crossing.
     */
    static long cost(List<List<Run>> tracks) {
        Map<Run, Integer> trackOf = trackOf(tracks);
        long cost = 0;
        for (List<Run> track : tracks) {
            for (int i = 0; i < track.size(); i++) {
                for (int j = i + 1; j < track.size(); j++) {
                    if (track.get(i).overlaps(track.get(j))) {
                        cost += CLASH;
                    }
                }
            }
        }
        for (Map.Entry<Run, Integer> ea : trackOf.entrySet()) {
            Run a = ea.getKey();
            int ta = ea.getValue();
            for (Map.Entry<Run, Integer> eb : trackOf.entrySet()) {
                Run b = eb.getKey();
                int tb = eb.getValue();
                if (a == b) {
                    continue;
                }
                // a's line from the left to its track and b's line from its track to the right
                // share a row: they must not overlap, so a's track must come first.
                if (b.targetRows().contains(a.row()) && ta >= tb) {
                    cost += CLASH;
                }
                // Crossings: a's horizontal lines passing b's vertical.
                if (b.from() <= a.row() && a.row() <= b.to() && tb < ta) {
                    cost++;
                }
                for (int r : a.targetRows()) {
                    if (b.from() <= r && r <= b.to() && tb > ta) {
                        cost++;
                    }
                }
            }
        }
        return cost;
    }
}

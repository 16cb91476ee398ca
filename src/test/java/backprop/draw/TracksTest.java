package backprop.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import backprop.draw.Tracks.Run;

/** The cost of an assignment of sources to tracks, and the assignment, worked out by hand. */
class TracksTest {

    // A arrives on row 0 and leaves on row 2; B arrives on row 1 and leaves on row 3.
    private static final Run A = Run.of(0, List.of(2));
    private static final Run B = Run.of(1, List.of(3));

    @Test
    void aRunSpansFromItsHighestToItsLowestRow() {
        Run run = Run.of(3, List.of(5, 1));
        assertEquals(1, run.from());
        assertEquals(5, run.to());
        assertEquals(Run.of(3, List.of(5, 1)), run, "a run compares by its rows");
    }

    @Test
    void overlappingRunsInOneTrackClash() {
        // A's vertical line covers rows 0..2, B's 1..3: in one track they run on top of each other.
        assertEquals(Tracks.CLASH, Tracks.cost(List.of(List.of(A, B))));
    }

    @Test
    void eachCrossingCostsOnePoint() {
        // A left of B: A's line out on row 2 passes B's vertical (1..3), and B's line in on row 1
        // passes A's vertical (0..2): two crossings.
        assertEquals(2, Tracks.cost(List.of(List.of(A), List.of(B))));
        // B left of A: B's line in on row 1 reaches track 0 first; A's line in on row 0 passes
        // track 0 above B's vertical, and B's line out on row 3 passes track 1 below A's: none.
        assertEquals(0, Tracks.cost(List.of(List.of(B), List.of(A))));
    }

    @Test
    void runsThatNeverMeetShareATrackForFree() {
        Run low = Run.of(3, List.of(4));
        assertEquals(0, Tracks.cost(List.of(List.of(Run.of(0, List.of(1)), low))));
        Tracks.Assignment assignment = Tracks.assign(List.of(Run.of(0, List.of(1)), low));
        assertEquals(List.of(0, 0), assignment.trackOf());
        assertEquals(1, assignment.tracks());
    }

    @Test
    void crossedRunsClashInEitherOrder() {
        // C arrives on row 2 and leaves on row 0, D the other way round: whichever track comes
        // first, one's incoming line and the other's outgoing line share a row (the 2-2-2
        // network's crossed inputs). One clash and two crossings either way.
        Run c = Run.of(2, List.of(0));
        Run d = Run.of(0, List.of(2));
        assertEquals(Tracks.CLASH + 2, Tracks.cost(List.of(List.of(c), List.of(d))));
        assertEquals(Tracks.CLASH + 2, Tracks.cost(List.of(List.of(d), List.of(c))));
        assertEquals(new Tracks.Assignment(List.of(1, 0), 2, 1), Tracks.assign(List.of(c, d)));
    }

    @Test
    void theAssignmentPicksTheOrderWithoutCrossings() {
        // Given as A, B: B's track goes left of A's.
        assertEquals(new Tracks.Assignment(List.of(1, 0), 2, 0), Tracks.assign(List.of(A, B)));
        assertEquals(new Tracks.Assignment(List.of(), 0, 0), Tracks.assign(List.of()));
    }
}

package backprop.draw;

import backprop.Columns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays a {@link Diagram} out left to right on a {@link Canvas}, the way the slides draw
 * computation graphs: inputs on the left, the output on the right.
 *
 * <p>The steps are those of a layered ("Sugiyama") drawing, kept small:
 * <ol>
 *   <li>columns: a node goes as far right as it can, one column before the deepest node that
 *       uses it, so an input such as the tax stands right next to the multiply node it feeds;</li>
 *   <li>an edge that skips columns is cut into pieces by invisible pass-through nodes;</li>
 *   <li>order within a column follows the nodes to the right (first operand on top), which
 *       draws a tree without a single crossing;</li>
 *   <li>rows: each node moves as close as it can to the rows of its neighbours, without
 *       overlapping, by isotonic regression;</li>
 *   <li>between two columns, every edge turns on a vertical track; sources whose tracks never
 *       meet share one, so the channel stays narrow.</li>
 * </ol>
 */
final class DiagramLayout {
    /** Blank rows between two boxes in one column. */
    private static final int GAP = 1;
    /** Sweeps of the row placement: enough for the graphs of this course to settle. */
    private static final int SWEEPS = 4;

    /** A box, or a pass-through point of an edge that skips a column (node == null). */
    private static final class Vertex {
        final Diagram.Node node;
        final List<String> lines;
        final int index;
        final List<Segment> in = new ArrayList<>();
        final List<Segment> out = new ArrayList<>();
        int layer;
        int top;
        int width;
        int height;

        Vertex(Diagram.Node node, List<String> lines, int index) {
            this.node = node;
            this.lines = lines;
            this.index = index;
        }

        boolean isDummy() {
            return node == null;
        }

        int outRow() {
            return isDummy() ? top : top + 1;
        }

        int inRow(Segment s) {
            return isDummy() ? top : top + 1 + in.indexOf(s);
        }

        /** How far below the top the row of in-port {@code s} lies. */
        int inOffset(Segment s) {
            return inRow(s) - top;
        }

        int outOffset() {
            return outRow() - top;
        }
    }

    /** One piece of an edge, between adjacent columns; only the last piece carries the label. */
    private static final class Segment {
        final Vertex from;
        final Vertex to;
        final String label;

        Segment(Vertex from, Vertex to, String label) {
            this.from = from;
            this.to = to;
            this.label = label;
        }
    }

    /** Where the tracks of one channel go. */
    private static final class Channel {
        final Map<Vertex, Integer> track = new HashMap<>();
        int tracks;
        int labelWidth;
        /** Lines that would run on top of each other: 0 in a readable channel. */
        int clashes;
    }

    private final Diagram diagram;
    private final List<Vertex> vertices = new ArrayList<>();
    private final List<List<Vertex>> layers = new ArrayList<>();
    private Channel[] channels;
    private int[] columnX;
    private int[] columnWidth;
    private int exitWidth;
    private int totalWidth;
    private int totalHeight;

    /** Lays the diagram out; the nodes whose index is in {@code wrapped} get their names broken at spaces. */
    private DiagramLayout(Diagram diagram, java.util.Set<Integer> wrapped) {
        this.diagram = diagram;
        Map<String, Vertex> byId = new HashMap<>();
        for (Diagram.Node node : diagram.nodes()) {
            int index = vertices.size();
            Vertex v = new Vertex(node, wrapped.contains(index) ? wrap(node.lines()) : node.lines(), index);
            vertices.add(v);
            byId.put(node.id(), v);
        }
        for (Diagram.Edge edge : diagram.edges()) {
            Segment s = new Segment(byId.get(edge.from()), byId.get(edge.to()), edge.label());
            s.from.out.add(s);
            s.to.in.add(s);
        }
        assignLayers();
        splitLongEdges();
        orderLayers();
        measure();
        placeRows();
        routeChannels();
        untangle();
        placeColumns();
    }

    static String render(Diagram diagram, int columns) {
        // Too wide: break the names in the widest column at spaces, then in the next widest,
        // until the picture fits or every column is done (then it is cut into bands).
        java.util.Set<Integer> wrapped = new java.util.TreeSet<>();
        java.util.Set<Integer> wrappedLayers = new java.util.TreeSet<>();
        DiagramLayout layout = new DiagramLayout(diagram, wrapped);
        while (layout.totalWidth > columns) {
            int widest = -1;
            for (int l = 0; l < layout.layers.size(); l++) {
                if (!wrappedLayers.contains(l) && (widest < 0 || layout.columnWidth[l] > layout.columnWidth[widest])) {
                    widest = l;
                }
            }
            if (widest < 0) {
                break;
            }
            wrappedLayers.add(widest);
            for (Vertex v : layout.layers.get(widest)) {
                if (!v.isDummy()) {
                    wrapped.add(v.index);
                }
            }
            DiagramLayout next = new DiagramLayout(diagram, wrapped);
            if (next.totalWidth < layout.totalWidth) {
                layout = next;
            }
        }
        return layout.text(columns);
    }

    /** Lines that would run on top of each other in the drawing: 0 unless layout failed (for tests). */
    static int clashes(Diagram diagram) {
        return new DiagramLayout(diagram, java.util.Set.of()).clashes();
    }

    static Diagram.Geometry geometry(Diagram diagram) {
        DiagramLayout layout = new DiagramLayout(diagram, java.util.Set.of());
        List<Diagram.Box> boxes = new ArrayList<>();
        List<Diagram.Path> paths = new ArrayList<>();
        List<Diagram.Text> labels = new ArrayList<>();
        boolean backward = diagram.backward();
        for (Vertex v : layout.vertices) {
            int x = layout.columnX[v.layer];
            if (v.isDummy()) {
                paths.add(new Diagram.Path(List.of(new int[] {x, v.top}, new int[] {x + layout.columnWidth[v.layer], v.top}),
                        false, false));
                continue;
            }
            boxes.add(new Diagram.Box(v.node, v.lines, x, v.top, v.width, v.height));
            String exit = v.node.exitLabel();
            if (!exit.isEmpty()) {
                int bx = x + v.width - 1;
                int end = bx + Columns.of(exit) + 3;
                paths.add(new Diagram.Path(List.of(new int[] {bx, v.outRow()}, new int[] {end, v.outRow()}),
                        backward, !backward));
                labels.add(new Diagram.Text(exit, backward ? bx + 3 : bx + 2, v.outRow()));
            }
        }
        for (int l = 0; l + 1 < layout.layers.size(); l++) {
            Channel channel = layout.channels[l];
            int channelX = layout.columnX[l] + layout.columnWidth[l];
            int nextX = layout.columnX[l + 1];
            for (Vertex v : layout.layers.get(l)) {
                int row = v.outRow();
                int start = v.isDummy() ? channelX : layout.columnX[l] + v.width - 1;
                Integer track = channel.track.get(v);
                for (Segment s : v.out) {
                    int targetRow = s.to.inRow(s);
                    int end = nextX;
                    List<int[]> points = new ArrayList<>();
                    points.add(new int[] {start, row});
                    if (track != null) {
                        int trackX = channelX + 1 + track;
                        points.add(new int[] {trackX, row});
                        points.add(new int[] {trackX, targetRow});
                    }
                    points.add(new int[] {end, targetRow});
                    paths.add(new Diagram.Path(points, backward && !v.isDummy(), !backward && !s.to.isDummy()));
                    if (!s.label.isEmpty()) {
                        int labelEnd = backward ? nextX - 1 : nextX - 2;
                        labels.add(new Diagram.Text(s.label, labelEnd - Columns.of(s.label), targetRow));
                    }
                }
            }
        }
        return new Diagram.Geometry(layout.totalWidth, layout.totalHeight, boxes, paths, labels);
    }

    // ----- 1. columns -----------------------------------------------------------------------

    private void assignLayers() {
        // rank = the longest path to an output; the deepest node is in column 0.
        Map<Vertex, Integer> rank = new HashMap<>();
        List<Vertex> order = topologicalOrder();
        for (int i = order.size() - 1; i >= 0; i--) {
            Vertex v = order.get(i);
            int r = 0;
            for (Segment s : v.out) {
                r = Math.max(r, rank.get(s.to) + 1);
            }
            rank.put(v, r);
        }
        int deepest = rank.values().stream().max(Integer::compare).orElse(0);
        for (Vertex v : vertices) {
            v.layer = deepest - rank.get(v);
        }
        for (int l = 0; l <= deepest; l++) {
            layers.add(new ArrayList<>());
        }
    }

    private List<Vertex> topologicalOrder() {
        Map<Vertex, Integer> indegree = new HashMap<>();
        for (Vertex v : vertices) {
            indegree.put(v, v.in.size());
        }
        List<Vertex> order = new ArrayList<>();
        List<Vertex> ready = new ArrayList<>();
        for (Vertex v : vertices) {
            if (v.in.isEmpty()) {
                ready.add(v);
            }
        }
        while (!ready.isEmpty()) {
            Vertex v = ready.remove(0);
            order.add(v);
            for (Segment s : v.out) {
                if (indegree.merge(s.to, -1, Integer::sum) == 0) {
                    ready.add(s.to);
                }
            }
        }
        return order;
    }

    // ----- 2. pass-through points ---------------------------------------------------------

    private void splitLongEdges() {
        for (Vertex v : new ArrayList<>(vertices)) {
            for (int k = 0; k < v.out.size(); k++) {
                Segment s = v.out.get(k);
                if (s.to.layer - v.layer <= 1) {
                    continue;
                }
                Vertex previous = v;
                Segment first = null;
                for (int l = v.layer + 1; l < s.to.layer; l++) {
                    Vertex dummy = new Vertex(null, List.of(), vertices.size());
                    dummy.layer = l;
                    vertices.add(dummy);
                    Segment piece = new Segment(previous, dummy, "");
                    if (previous == v) {
                        first = piece;
                    } else {
                        previous.out.add(piece);
                    }
                    dummy.in.add(piece);
                    previous = dummy;
                }
                Segment last = new Segment(previous, s.to, s.label);
                previous.out.add(last);
                v.out.set(k, first);
                s.to.in.set(s.to.in.indexOf(s), last);
            }
        }
        for (Vertex v : vertices) {
            layers.get(v.layer).add(v);
        }
    }

    // ----- 3. order within a column ---------------------------------------------------------

    private void orderLayers() {
        int last = layers.size() - 1;
        layers.get(last).sort(Comparator.comparingInt(v -> v.index));
        for (int l = last - 1; l >= 0; l--) {
            Map<Vertex, Integer> position = new HashMap<>();
            List<Vertex> right = layers.get(l + 1);
            for (int i = 0; i < right.size(); i++) {
                position.put(right.get(i), i);
            }
            // The first use decides: a node stands beside the first operand slot it fills.
            layers.get(l).sort(Comparator.comparingLong((Vertex v) -> {
                long key = Long.MAX_VALUE;
                for (Segment s : v.out) {
                    key = Math.min(key, position.get(s.to) * 1000L + s.to.in.indexOf(s));
                }
                return key;
            }).thenComparingInt(v -> v.index));
        }
    }

    // ----- 4. rows --------------------------------------------------------------------------

    private void measure() {
        for (Vertex v : vertices) {
            if (v.isDummy()) {
                v.width = 0;
                v.height = 1;
                continue;
            }
            int text = 0;
            for (String line : v.lines) {
                text = Math.max(text, Columns.of(line));
            }
            int title = v.node.op().isEmpty() ? 0 : Columns.of(v.node.op()) + 5;
            v.width = Math.max(text + 4, title);
            v.height = 2 + Math.max(v.lines.size(), Math.max(1, v.in.size()));
        }
    }

    private void placeRows() {
        for (List<Vertex> layer : layers) {
            int top = 0;
            for (Vertex v : layer) {
                v.top = top;
                top += v.height + GAP;
            }
        }
        for (int sweep = 0; sweep < SWEEPS; sweep++) {
            for (int l = 1; l < layers.size(); l++) {
                place(layers.get(l), true);
            }
            for (int l = layers.size() - 2; l >= 0; l--) {
                place(layers.get(l), false);
            }
        }
        for (int l = 1; l < layers.size(); l++) {
            place(layers.get(l), true);
        }
        int min = Integer.MAX_VALUE;
        for (Vertex v : vertices) {
            min = Math.min(min, v.top);
        }
        for (Vertex v : vertices) {
            v.top -= min;
            totalHeight = Math.max(totalHeight, v.top + v.height);
        }
    }

    /** Moves the nodes of one column towards their neighbours on one side (the other if none). */
    private void place(List<Vertex> layer, boolean fromLeft) {
        double[] desired = new double[layer.size()];
        int[] heights = new int[layer.size()];
        for (int i = 0; i < layer.size(); i++) {
            Vertex v = layer.get(i);
            double wanted = fromLeft ? fromPredecessors(v) : fromSuccessors(v);
            if (Double.isNaN(wanted)) {
                wanted = fromLeft ? fromSuccessors(v) : fromPredecessors(v);
            }
            desired[i] = Double.isNaN(wanted) ? v.top : wanted;
            heights[i] = v.height;
        }
        int[] tops = isotonic(desired, heights, GAP);
        for (int i = 0; i < layer.size(); i++) {
            layer.get(i).top = tops[i];
        }
    }

    private static double fromPredecessors(Vertex v) {
        if (v.in.isEmpty()) {
            return Double.NaN;
        }
        double sum = 0;
        for (Segment s : v.in) {
            sum += s.from.outRow() - v.inOffset(s);
        }
        return sum / v.in.size();
    }

    private static double fromSuccessors(Vertex v) {
        if (v.out.isEmpty()) {
            return Double.NaN;
        }
        double sum = 0;
        for (Segment s : v.out) {
            sum += s.to.inRow(s) - v.outOffset();
        }
        return sum / v.out.size();
    }

    /**
     * Tops as close as possible (least squares) to {@code desired}, keeping the order and at
     * least {@code gap} rows between neighbours: the pool-adjacent-violators algorithm on the
     * desired tops minus the room the boxes above need.
     */
    static int[] isotonic(double[] desired, int[] heights, int gap) {
        int n = desired.length;
        double[] offset = new double[n];
        for (int i = 1; i < n; i++) {
            offset[i] = offset[i - 1] + heights[i - 1] + gap;
        }
        double[] sum = new double[n];
        int[] count = new int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++) {
            sum[blocks] = desired[i] - offset[i];
            count[blocks] = 1;
            blocks++;
            while (blocks > 1 && sum[blocks - 2] / count[blocks - 2] > sum[blocks - 1] / count[blocks - 1]) {
                sum[blocks - 2] += sum[blocks - 1];
                count[blocks - 2] += count[blocks - 1];
                blocks--;
            }
        }
        int[] tops = new int[n];
        int i = 0;
        for (int b = 0; b < blocks; b++) {
            long shift = Math.round(Math.floor(sum[b] / count[b] + 0.5));
            for (int k = 0; k < count[b]; k++, i++) {
                tops[i] = (int) (offset[i] + shift);
            }
        }
        return tops;
    }

    // ----- 5. tracks between columns --------------------------------------------------------

    private void routeChannels() {
        channels = new Channel[Math.max(0, layers.size() - 1)];
        for (int l = 0; l + 1 < layers.size(); l++) {
            channels[l] = route(layers.get(l));
        }
    }

    /** A source that needs a vertical track: the rows it must reach. */
    private record Run(Vertex source, int row, int[] targetRows, int from, int to) {
        boolean overlaps(Run other) {
            return from <= other.to && other.from <= to;
        }

        boolean reachesTarget(int r) {
            for (int t : targetRows) {
                if (t == r) {
                    return true;
                }
            }
            return false;
        }
    }

    private static Channel route(List<Vertex> layer) {
        Channel channel = new Channel();
        List<Run> runs = new ArrayList<>();
        for (Vertex v : layer) {
            for (Segment s : v.out) {
                channel.labelWidth = Math.max(channel.labelWidth, Columns.of(s.label));
            }
            if (v.out.isEmpty()) {
                continue;
            }
            int row = v.outRow();
            int[] targets = new int[v.out.size()];
            int from = row;
            int to = row;
            boolean bends = false;
            for (int k = 0; k < targets.length; k++) {
                Segment s = v.out.get(k);
                targets[k] = s.to.inRow(s);
                from = Math.min(from, targets[k]);
                to = Math.max(to, targets[k]);
                bends |= targets[k] != row;
            }
            if (bends) {
                runs.add(new Run(v, row, targets, from, to));
            }
        }
        runs.sort(Comparator.comparingInt(Run::from).thenComparingInt(Run::to));
        // tracks.get(t) holds the runs drawn in track t, left to right.
        List<List<Run>> tracks = new ArrayList<>();
        for (Run run : runs) {
            List<List<Run>> best = null;
            long bestCost = Long.MAX_VALUE;
            for (int t = 0; t < tracks.size(); t++) {
                List<List<Run>> option = copy(tracks);
                option.get(t).add(run);
                long cost = cost(option, runs);
                if (cost < bestCost) {
                    best = option;
                    bestCost = cost;
                }
            }
            for (int p = 0; p <= tracks.size(); p++) {
                List<List<Run>> option = copy(tracks);
                option.add(p, new ArrayList<>(List.of(run)));
                long cost = cost(option, runs) + 1_000_000L;
                if (cost < bestCost) {
                    best = option;
                    bestCost = cost;
                }
            }
            tracks = best;
        }
        for (int t = 0; t < tracks.size(); t++) {
            for (Run run : tracks.get(t)) {
                channel.track.put(run.source(), t);
            }
        }
        channel.tracks = tracks.size();
        channel.clashes = (int) (cost(tracks, runs) / CLASH);
        return channel;
    }

    /** The cost of two lines running on top of each other: more than any number of crossings. */
    private static final long CLASH = 1_000_000_000L;

    /**
     * Two sources can each need the other's track first: A's line to its track runs in the row
     * where B's line leaves its track, and the other way round (the 2-2-2 network's crossed
     * inputs do this). No order of tracks helps then, so a box moves a row or two up or down
     * until every channel is clear.
     */
    private void untangle() {
        for (int round = 0; round < 40 && clashes() > 0; round++) {
            int before = clashes();
            Vertex bestVertex = null;
            int bestShift = 0;
            int bestClashes = before;
            for (List<Vertex> layer : layers) {
                for (int i = 0; i < layer.size(); i++) {
                    for (int shift : new int[] {-1, 1, -2, 2, -3, 3}) {
                        if (!fits(layer, i, shift)) {
                            continue;
                        }
                        Vertex v = layer.get(i);
                        v.top += shift;
                        routeChannels();
                        int now = clashes();
                        v.top -= shift;
                        if (now < bestClashes) {
                            bestVertex = v;
                            bestShift = shift;
                            bestClashes = now;
                        }
                    }
                }
            }
            if (bestVertex == null) {
                break;
            }
            bestVertex.top += bestShift;
            routeChannels();
        }
        routeChannels();
        int min = Integer.MAX_VALUE;
        totalHeight = 0;
        for (Vertex v : vertices) {
            min = Math.min(min, v.top);
        }
        for (Vertex v : vertices) {
            v.top -= min;
            totalHeight = Math.max(totalHeight, v.top + v.height);
        }
    }

    private int clashes() {
        int sum = 0;
        for (Channel c : channels) {
            sum += c.clashes;
        }
        return sum;
    }

    /** Whether node i of the column can move by {@code shift} rows without touching a neighbour. */
    private static boolean fits(List<Vertex> layer, int i, int shift) {
        Vertex v = layer.get(i);
        int top = v.top + shift;
        if (i > 0) {
            Vertex above = layer.get(i - 1);
            if (top < above.top + above.height + (above.isDummy() || v.isDummy() ? 0 : GAP)) {
                return false;
            }
        }
        if (i + 1 < layer.size()) {
            Vertex below = layer.get(i + 1);
            if (top + v.height + (below.isDummy() || v.isDummy() ? 0 : GAP) > below.top) {
                return false;
            }
        }
        return true;
    }

    private static List<List<Run>> copy(List<List<Run>> tracks) {
        List<List<Run>> copy = new ArrayList<>();
        for (List<Run> track : tracks) {
            copy.add(new ArrayList<>(track));
        }
        return copy;
    }

    /**
     * How bad an assignment of runs to tracks is: a huge cost where two lines would run on top
     * of each other (they could not be told apart), else one point per crossing.
     */
    private static long cost(List<List<Run>> tracks, List<Run> all) {
        Map<Run, Integer> trackOf = new HashMap<>();
        for (int t = 0; t < tracks.size(); t++) {
            for (Run run : tracks.get(t)) {
                trackOf.put(run, t);
            }
        }
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
        for (Run a : trackOf.keySet()) {
            int ta = trackOf.get(a);
            for (Run b : trackOf.keySet()) {
                if (a == b) {
                    continue;
                }
                int tb = trackOf.get(b);
                // a's line from the left to its track and b's line from its track to the right
                // share a row: they must not overlap, so a's track must come first.
                if (b.reachesTarget(a.row()) && ta >= tb) {
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

    // ----- 6. columns and the picture -------------------------------------------------------

    private int channelWidth(int l) {
        Channel c = channels[l];
        int label = c.labelWidth > 0 ? c.labelWidth + 2 : 1;
        return 1 + c.tracks + label + (diagram.backward() ? 0 : 1);
    }

    private void placeColumns() {
        int n = layers.size();
        columnX = new int[n];
        columnWidth = new int[n];
        for (int l = 0; l < n; l++) {
            int w = 1;
            for (Vertex v : layers.get(l)) {
                w = Math.max(w, v.width);
            }
            columnWidth[l] = w;
            if (l > 0) {
                columnX[l] = columnX[l - 1] + columnWidth[l - 1] + channelWidth(l - 1);
            }
        }
        for (Vertex v : layers.get(n - 1)) {
            if (!v.isDummy() && !v.node.exitLabel().isEmpty()) {
                exitWidth = Math.max(exitWidth, Columns.of(v.node.exitLabel()) + (diagram.backward() ? 3 : 4));
            }
        }
        totalWidth = columnX[n - 1] + columnWidth[n - 1] + exitWidth;
    }

    private Canvas draw() {
        Canvas canvas = new Canvas(totalWidth, totalHeight);
        boolean backward = diagram.backward();
        for (Vertex v : vertices) {
            int x = columnX[v.layer];
            if (v.isDummy()) {
                canvas.horizontal(x, x + columnWidth[v.layer], v.top);
                continue;
            }
            canvas.box(x, v.top, v.width, v.height, v.node.kind() == Diagram.Kind.INPUT);
            if (!v.node.op().isEmpty()) {
                canvas.text(x + 1, v.top, " " + v.node.op() + " ");
            }
            for (int i = 0; i < v.lines.size(); i++) {
                canvas.text(x + 2, v.top + 1 + i, v.lines.get(i));
            }
            String exit = v.node.exitLabel();
            if (!exit.isEmpty()) {
                // The output's own gradient, entering from the right: │◄─1 (forward: ├─1─►).
                int bx = x + v.width - 1;
                int row = v.outRow();
                int width = Columns.of(exit);
                if (backward) {
                    canvas.horizontal(bx + 1, bx + 2, row);
                    canvas.text(bx + 1, row, "◄─");
                    canvas.text(bx + 3, row, exit);
                } else {
                    canvas.horizontal(bx, bx + width + 3, row);
                    canvas.text(bx + 2, row, exit);
                    canvas.text(bx + width + 3, row, "►");
                }
            }
        }
        for (int l = 0; l + 1 < layers.size(); l++) {
            drawChannel(canvas, l);
        }
        return canvas;
    }

    private void drawChannel(Canvas canvas, int l) {
        boolean backward = diagram.backward();
        Channel channel = channels[l];
        int channelX = columnX[l] + columnWidth[l];
        int nextX = columnX[l + 1];
        for (Vertex v : layers.get(l)) {
            if (v.out.isEmpty()) {
                continue;
            }
            int row = v.outRow();
            int start;
            if (v.isDummy()) {
                start = channelX;
            } else {
                int border = columnX[l] + v.width - 1;
                start = backward ? border + 1 : border;
            }
            Integer track = channel.track.get(v);
            int trackX = track == null ? -1 : channelX + 1 + track;
            if (track != null) {
                canvas.horizontal(start, trackX, row);
                int from = row;
                int to = row;
                for (Segment s : v.out) {
                    from = Math.min(from, s.to.inRow(s));
                    to = Math.max(to, s.to.inRow(s));
                }
                canvas.vertical(trackX, from, to);
            }
            for (Segment s : v.out) {
                int targetRow = s.to.inRow(s);
                int lineStart = track == null ? start : trackX;
                // Into a box: backward, the line meets its border (┤); forward, an arrowhead
                // stops just before it. Into a pass-through point, the line simply goes on.
                int end = s.to.isDummy() || backward ? nextX : nextX - 1;
                canvas.horizontal(lineStart, end, targetRow);
                if (!s.to.isDummy() && !backward) {
                    canvas.text(nextX - 1, targetRow, "►");
                }
                if (!s.label.isEmpty()) {
                    int labelEnd = backward ? nextX - 1 : nextX - 2;
                    canvas.text(labelEnd - Columns.of(s.label), targetRow, s.label);
                }
            }
            if (!v.isDummy() && backward) {
                canvas.text(start, row, "◄");
            }
        }
    }

    /** The picture, cut into bands of columns if it is wider than {@code columns}. */
    private String text(int columns) {
        Canvas canvas = draw();
        List<int[]> bands = new ArrayList<>();
        int last = layers.size() - 1;
        int first = 0;
        while (true) {
            int end = first;
            while (end < last && right(end + 1) - columnX[first] <= columns) {
                end++;
            }
            if (end == first && first < last) {
                end = first + 1; // one channel must fit, or there is no picture at all
            }
            bands.add(new int[] {first, end});
            if (end >= last) {
                break;
            }
            first = end;
        }
        StringBuilder out = new StringBuilder();
        if (!diagram.title().isEmpty()) {
            out.append(Columns.wrap(diagram.title(), columns));
        }
        for (int b = 0; b < bands.size(); b++) {
            int[] band = bands.get(b);
            if (bands.size() > 1) {
                out.append(b == 0 ? "" : "\n").append("── part ").append(b + 1).append(" of ").append(bands.size())
                        .append(b == 0 ? " ──" : ": its first column repeats the last column of part " + b + " ──")
                        .append('\n');
            } else {
                out.append('\n');
            }
            for (String row : canvas.rows(columnX[band[0]], right(band[1]))) {
                out.append(row).append('\n');
            }
        }
        if (!diagram.notes().isEmpty()) {
            out.append('\n');
            for (String note : diagram.notes()) {
                out.append(Columns.wrap(note, columns));
            }
        }
        return out.toString();
    }

    /** The first column right of layer {@code l}'s nodes (and of the exit edge after the last). */
    private int right(int l) {
        return columnX[l] + columnWidth[l] + (l == layers.size() - 1 ? exitWidth : 0);
    }

    /** The name (the first line) broken at spaces, so that a box is as narrow as its longest word. */
    private static List<String> wrap(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i == 0) {
                out.addAll(Arrays.asList(lines.get(i).split(" ")));
            } else {
                out.add(lines.get(i));
            }
        }
        return out;
    }
}

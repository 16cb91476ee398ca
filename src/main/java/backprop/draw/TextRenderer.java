package backprop.draw;

import java.util.ArrayList;
import java.util.List;

import backprop.Columns;

/**
 * Paints a {@link Diagram.Geometry} with box-drawing characters: boxes (rounded for inputs, the
 * operation in the top border), the edges' lines and arrowheads, the labels; then the title
 * above and the notes below, every line at most the given number of columns. A drawing wider
 * than that is cut into bands of columns printed one below the other, each band starting with
 * the last column of the band before it.
 */
final class TextRenderer {
    private TextRenderer() {}

    static String render(Diagram diagram, int columns) {
        Diagram.Geometry g = DiagramLayout.fitting(diagram, columns).geometry();
        Canvas canvas = paint(g);
        List<int[]> bands = bands(g.layers(), columns);
        StringBuilder out = new StringBuilder();
        if (!diagram.title().isEmpty()) {
            out.append(Columns.wrap(diagram.title(), columns));
        }
        for (int b = 0; b < bands.size(); b++) {
            int[] band = bands.get(b);
            if (bands.size() > 1) {
                // Korean first, the English beside it: "part 2 of 3: its first column repeats part 1's last".
                out.append(b == 0 ? "" : "\n").append("── ").append(bands.size()).append("개 중 ").append(b + 1)
                        .append("번째 부분")
                        .append(b == 0 ? "" : ", 첫 열은 " + b + "번째 부분의 마지막 열과 같음")
                        .append(" (part ").append(b + 1).append(" of ").append(bands.size()).append(") ──")
                        .append('\n');
            } else {
                out.append('\n');
            }
            for (String row : canvas.rows(g.layers().get(band[0]).x(), g.layers().get(band[1]).end())) {
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

    static Canvas paint(Diagram.Geometry g) {
        Canvas canvas = new Canvas(g.columns(), g.rows());
        for (Diagram.Box box : g.boxes()) {
            canvas.box(box.x(), box.y(), box.width(), box.height(), box.node().kind() == Diagram.Kind.INPUT);
            if (!box.node().op().isEmpty()) {
                canvas.text(box.x() + 1, box.y(), " " + box.node().op() + " ");
            }
            for (int i = 0; i < box.lines().size(); i++) {
                canvas.text(box.x() + 2, box.y() + 1 + i, box.lines().get(i));
            }
        }
        for (Diagram.Path path : g.paths()) {
            List<int[]> points = path.points();
            for (int i = 0; i + 1 < points.size(); i++) {
                int[] a = points.get(i);
                int[] b = points.get(i + 1);
                if (a[1] == b[1]) {
                    canvas.horizontal(a[0], b[0], a[1]);
                } else {
                    canvas.vertical(a[0], a[1], b[1]);
                }
            }
            if (path.arrowAtStart()) {
                canvas.text(points.get(0)[0], points.get(0)[1], "◄");
            }
            if (path.arrowAtEnd()) {
                int[] end = points.get(points.size() - 1);
                canvas.text(end[0], end[1], "►");
            }
        }
        for (Diagram.Text label : g.labels()) {
            canvas.text(label.x(), label.y(), label.text());
        }
        return canvas;
    }

    /**
     * Bands of whole columns of boxes, as {first, last} layer: as many as fit in {@code columns};
     * the next band starts again with the last layer of the one before.
     */
    static List<int[]> bands(List<Diagram.Layer> layers, int columns) {
        List<int[]> bands = new ArrayList<>();
        int last = layers.size() - 1;
        int first = 0;
        while (true) {
            int end = first;
            while (end < last && layers.get(end + 1).end() - layers.get(first).x() <= columns) {
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
        return bands;
    }
}

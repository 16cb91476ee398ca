/**
 * Computation graphs drawn for the terminal, left to right as on the slides and at most 80
 * columns wide: a box holds a value's name and forward value, an edge carries the gradient that
 * flows back along it. The same graphs also go out as Graphviz DOT and, through
 * {@link backprop.draw.Diagram.Geometry}, as figures.
 *
 * <p>Reading order: {@link backprop.draw.Diagram} (boxes and edges, no positions) →
 * {@link backprop.draw.Diagrams} (the course's graphs, and any autograd {@code Value}) → the
 * layout: {@link backprop.draw.LayeredGraph} (columns, pass-through points, order) →
 * {@link backprop.draw.DiagramLayout} (rows, tracks, cells: the geometry) with
 * {@link backprop.draw.Tracks} (which vertical track each bend takes) → the painting:
 * {@link backprop.draw.TextRenderer} on a {@link backprop.draw.Canvas} → {@link backprop.draw.Dot}.
 */
package backprop.draw;

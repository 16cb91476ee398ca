/**
 * The chapters' plots as text for the terminal, at most 80 columns wide, in Unicode.
 *
 * <p>Reading order: {@link backprop.plot.Braille} (a bitmap of braille dots) →
 * {@link backprop.plot.Ticks} (round axis labels) → {@link backprop.plot.Frame} (the axes around
 * a grid) → {@link backprop.plot.Plot} (lines and points) and {@link backprop.plot.DecisionMap}
 * (a classifier's output over the plane) → {@link backprop.plot.Plots} (each chapter's plots in
 * one call). The data a plot shows comes from the chapter packages; this package only draws it.
 */
package backprop.plot;

/**
 * Every terminal picture of the course by name, for {@code /plot NAME} in the companion and
 * {@code Pictures.show(NAME)} in JShell: the computation graphs of {@code backprop.draw} and the
 * plots of {@code backprop.plot}. It stands above both, so neither needs the other.
 *
 * <p>Reading order: {@link backprop.pictures.Pictures} is all there is.
 */
package backprop.pictures;

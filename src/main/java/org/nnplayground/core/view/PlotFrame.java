package org.nnplayground.core.view;

import org.nnplayground.core.math.Doubles;

/**
 * A plot's rectangle on the surface and the data ranges it shows: maps data coordinates to CSS
 * pixels and back (y grows upward in data, downward on screen). Painters own one and update it each
 * paint; callers read it afterwards to turn a pointer position into data coordinates.
 */
public final class PlotFrame {
    private double left;
    private double top;
    private double width = 1;
    private double height = 1;
    private double xMin;
    private double xMax = 1;
    private double yMin;
    private double yMax = 1;

    /** Sets the pixel rectangle; a non-positive size becomes 1 px so that the maps stay finite. */
    public PlotFrame place(double left, double top, double width, double height) {
        this.left = left;
        this.top = top;
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        return this;
    }

    /** Sets the data ranges; an empty range is widened so that the maps stay finite. */
    public PlotFrame range(double xMin, double xMax, double yMin, double yMax) {
        this.xMin = xMin;
        this.xMax = xMax > xMin ? xMax : xMin + 1;
        this.yMin = yMin;
        this.yMax = yMax > yMin ? yMax : yMin + 1;
        return this;
    }

    /** Pixel x of data x. */
    public double px(double x) {
        return left + (x - xMin) / (xMax - xMin) * width;
    }

    /** Pixel y of data y. */
    public double py(double y) {
        return top + (yMax - y) / (yMax - yMin) * height;
    }

    /** Data x at pixel x. */
    public double dataX(double px) {
        return xMin + (px - left) / width * (xMax - xMin);
    }

    /** Data y at pixel y. */
    public double dataY(double py) {
        return yMax - (py - top) / height * (yMax - yMin);
    }

    /** Pixel y of data y, held within {@code margin} px of the frame (for values far off the chart). */
    public double pyClamped(double y, double margin) {
        double p = py(y);
        return Doubles.isNaN(p) ? top + height : Math.max(top - margin, Math.min(top + height + margin, p));
    }

    /** Whether the pixel lies inside the frame, borders included. */
    public boolean contains(double px, double py) {
        return px >= left && px <= left + width && py >= top && py <= top + height;
    }

    public double left() {
        return left;
    }

    public double top() {
        return top;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public double right() {
        return left + width;
    }

    public double bottom() {
        return top + height;
    }

    public double xMin() {
        return xMin;
    }

    public double xMax() {
        return xMax;
    }

    public double yMin() {
        return yMin;
    }

    public double yMax() {
        return yMax;
    }
}

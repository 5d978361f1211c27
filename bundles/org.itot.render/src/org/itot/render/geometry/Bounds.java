package org.itot.render.geometry;

/** A rectangle in diagram coordinates. */
public record Bounds(double x, double y, double width, double height) {

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centreX() {
        return x + width / 2;
    }

    public double centreY() {
        return y + height / 2;
    }

    public boolean contains(double px, double py) {
        return px >= x && py >= y && px < right() && py < bottom();
    }

    /** True when {@code other} lies wholly inside this box. */
    public boolean encloses(Bounds other) {
        return other.x() >= x && other.y() >= y && other.right() <= right() && other.bottom() <= bottom();
    }

    /** True when the two overlap once this box is grown by {@code margin} on every side. */
    public boolean intersects(Bounds other, double margin) {
        return x - margin < other.right() && other.x() < right() + margin && y - margin < other.bottom()
                && other.y() < bottom() + margin;
    }

    /** The same box moved by {@code dx, dy}. */
    public Bounds translate(double dx, double dy) {
        return new Bounds(x + dx, y + dy, width, height);
    }

    /** The smallest box holding both. */
    public Bounds union(Bounds other) {
        double left = Math.min(x, other.x());
        double top = Math.min(y, other.y());
        return new Bounds(left, top, Math.max(right(), other.right()) - left, Math.max(bottom(), other.bottom()) - top);
    }
}

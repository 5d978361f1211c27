package org.itot.render;

/** An opaque sRGB colour, 0-255 per channel; our own type so the painter core needs no toolkit. */
public record Rgb(int red, int green, int blue) {

    public Rgb {
        if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
            throw new IllegalArgumentException("colour channels must be 0-255: " + red + ", " + green + ", " + blue);
        }
    }

    /** From 0xRRGGBB. */
    public static Rgb of(int hex) {
        return new Rgb((hex >> 16) & 0xff, (hex >> 8) & 0xff, hex & 0xff);
    }

    public int toHex() {
        return (red << 16) | (green << 8) | blue;
    }

    /** Mixes towards white by {@code amount} (0 = unchanged, 1 = white). */
    public Rgb lighter(double amount) {
        return new Rgb(mix(red, 255, amount), mix(green, 255, amount), mix(blue, 255, amount));
    }

    /** Mixes towards black by {@code amount} (0 = unchanged, 1 = black). */
    public Rgb darker(double amount) {
        return new Rgb(mix(red, 0, amount), mix(green, 0, amount), mix(blue, 0, amount));
    }

    private static int mix(int from, int to, double amount) {
        return (int) Math.round(from + (to - from) * Math.max(0, Math.min(1, amount)));
    }

    @Override
    public String toString() {
        return String.format("#%06x", toHex());
    }
}

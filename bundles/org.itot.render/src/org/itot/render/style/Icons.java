package org.itot.render.style;

import org.itot.render.Canvas;
import org.itot.render.Rgb;

/** Draws the asset icons as simple vector shapes in a square box, so every back-end shows the same. */
public final class Icons {

    private Icons() {
    }

    public static void paint(Canvas canvas, IconShape shape, double x, double y, double size, Rgb colour) {
        canvas.save();
        canvas.translate(x, y);
        canvas.scale(size / 24.0);
        canvas.setStroke(colour);
        canvas.setFill(colour);
        canvas.setLineWidth(1.6);
        canvas.setDash();
        Rgb light = colour.lighter(0.8);
        switch (shape) {
        case CONTROLLER -> {
            // A rack with I/O modules.
            canvas.setFill(light);
            canvas.fillRect(2, 4, 20, 16);
            canvas.strokeRect(2, 4, 20, 16);
            for (double mx = 6; mx < 22; mx += 4) {
                canvas.strokeLine(mx, 4, mx, 20);
            }
            canvas.setFill(colour);
            canvas.fillRect(3.2, 6, 1.6, 2);
        }
        case IO_MODULE -> {
            // A terminal block: a module with two rows of screw terminals.
            canvas.setFill(light);
            canvas.fillRoundRect(3, 3, 18, 18, 2);
            canvas.strokeRoundRect(3, 3, 18, 18, 2);
            canvas.setFill(colour);
            for (double tx = 6; tx < 20; tx += 4.5) {
                canvas.fillOval(tx - 0.5, 6, 3, 3);
                canvas.fillOval(tx - 0.5, 15, 3, 3);
            }
            canvas.strokeLine(5, 12, 19, 12);
        }
        case FIELD_DEVICE -> {
            // A valve body: two triangles meeting, stem and actuator.
            canvas.setFill(light);
            canvas.fillPolygon(2, 12, 2, 22, 12, 17, 22, 22, 22, 12, 12, 17);
            canvas.strokePolygon(2, 12, 2, 22, 12, 17, 22, 22, 22, 12, 12, 17);
            canvas.strokeLine(12, 17, 12, 7);
            canvas.setFill(colour);
            canvas.fillRect(7, 3, 10, 4);
        }
        case SENSOR_PROBE -> {
            // A gauge: dial with a needle.
            canvas.setFill(light);
            canvas.fillOval(2, 2, 20, 20);
            canvas.strokeOval(2, 2, 20, 20);
            canvas.strokeArc(5, 5, 14, 14, 20, 140);
            canvas.strokeLine(12, 12, 17, 7);
            canvas.setFill(colour);
            canvas.fillOval(10.5, 10.5, 3, 3);
        }
        case HMI -> {
            // A panel with a screen and a trend line.
            canvas.setFill(light);
            canvas.fillRoundRect(2, 3, 20, 15, 2);
            canvas.strokeRoundRect(2, 3, 20, 15, 2);
            canvas.strokePolyline(5, 14, 9, 9, 13, 12, 19, 6);
            canvas.strokeLine(8, 21, 16, 21);
            canvas.strokeLine(12, 18, 12, 21);
        }
        case SERVER -> {
            // A tower of three units with status LEDs.
            canvas.setFill(light);
            for (double uy = 2; uy < 22; uy += 7) {
                canvas.setFill(light);
                canvas.fillRect(4, uy, 16, 6);
                canvas.strokeRect(4, uy, 16, 6);
                canvas.setFill(colour);
                canvas.fillOval(15, uy + 2, 2.4, 2.4);
            }
        }
        case WORKSTATION -> {
            // A monitor on a stand with a keyboard.
            canvas.setFill(light);
            canvas.fillRect(3, 3, 18, 12);
            canvas.strokeRect(3, 3, 18, 12);
            canvas.strokeLine(12, 15, 12, 18);
            canvas.strokeRect(5, 19, 14, 2.5);
        }
        case FIREWALL -> {
            // A brick wall.
            canvas.setFill(colour.lighter(0.55));
            canvas.fillRect(2, 4, 20, 16);
            canvas.setStroke(colour.darker(0.2));
            canvas.strokeRect(2, 4, 20, 16);
            canvas.strokeLine(2, 9.3, 22, 9.3);
            canvas.strokeLine(2, 14.7, 22, 14.7);
            canvas.strokeLine(12, 4, 12, 9.3);
            canvas.strokeLine(7, 9.3, 7, 14.7);
            canvas.strokeLine(17, 9.3, 17, 14.7);
            canvas.strokeLine(12, 14.7, 12, 20);
        }
        case DIODE -> {
            // The diode symbol: triangle against a bar, one way only.
            canvas.strokeLine(1, 12, 7, 12);
            canvas.strokeLine(17, 12, 23, 12);
            canvas.fillPolygon(7, 5, 7, 19, 16, 12);
            canvas.strokeLine(17, 5, 17, 19);
        }
        case NETWORK -> {
            // A switch: flat box with arrows both ways.
            canvas.setFill(light);
            canvas.fillRoundRect(1, 7, 22, 10, 3);
            canvas.strokeRoundRect(1, 7, 22, 10, 3);
            canvas.strokeLine(5, 10.5, 17, 10.5);
            canvas.setFill(colour);
            canvas.fillPolygon(19, 10.5, 16, 8.8, 16, 12.2);
            canvas.strokeLine(7, 13.5, 19, 13.5);
            canvas.fillPolygon(5, 13.5, 8, 11.8, 8, 15.2);
        }
        case WIRELESS -> {
            // Radio waves above a mast.
            canvas.strokeArc(4, 4, 16, 16, 45, 90);
            canvas.strokeArc(7.5, 7.5, 9, 9, 45, 90);
            canvas.fillOval(10.5, 10.5, 3, 3);
            canvas.strokeLine(12, 13, 12, 22);
        }
        case CLOUD -> {
            canvas.setFill(light);
            canvas.fillOval(3, 10, 9, 9);
            canvas.fillOval(7, 5, 11, 11);
            canvas.fillOval(13, 9, 9, 10);
            canvas.fillRect(7, 13, 11, 6);
            canvas.strokeArc(3, 10, 9, 9, 90, 180);
            canvas.strokeArc(7, 5, 11, 11, 20, 150);
            canvas.strokeArc(13, 9, 9, 10, -90, 160);
            canvas.strokeLine(7.5, 19, 17.5, 19);
        }
        case EXTERNAL -> {
            // A person.
            canvas.setFill(light);
            canvas.fillOval(8, 2, 8, 8);
            canvas.strokeOval(8, 2, 8, 8);
            canvas.fillRoundRect(4, 12, 16, 10, 6);
            canvas.strokeRoundRect(4, 12, 16, 10, 6);
        }
        }
        canvas.restore();
    }
}

package org.itot.render.style;

/** Our own vector icons, one per asset group; {@link Icons} draws them through the canvas. */
public enum IconShape {
    CONTROLLER, IO_MODULE, FIELD_DEVICE, HMI, SERVER, WORKSTATION, FIREWALL, DIODE, NETWORK, WIRELESS, SENSOR_PROBE, CLOUD,
    EXTERNAL
}

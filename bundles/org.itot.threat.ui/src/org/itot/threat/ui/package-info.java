/**
 * The desktop side of the threat view: attack paths (with their overlay on diagrams), ATT&CK for ICS coverage and
 * security-level gaps of the open models. The analyses themselves are headless and shared with the command line.
 */
package org.itot.threat.ui;

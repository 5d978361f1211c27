package org.itot.diagram.palette;

import org.itot.model.AssetType;
import org.itot.model.PurdueLevel;
import org.itot.model.ZoneKind;

/**
 * One tool of the diagram palette: what it creates and the size of the new box. Only the fields of its kind are set
 * (a zone's kind and level, an asset's type).
 */
public record PaletteEntry(String id, String label, Kind kind, ZoneKind zoneKind, PurdueLevel level,
        AssetType assetType, int width, int height) {

    /** What a palette tool creates. */
    public enum Kind {
        /** A zone (a container), top-level or, dropped into a zone, a sub-zone. */
        ZONE,
        /** An asset; it must be dropped into a zone. */
        ASSET,
        /** A note on the diagram only. */
        NOTE,
        /** A conduit, drawn from one zone to another. */
        CONDUIT,
        /** A flow, drawn from the asset that starts it to the asset it reaches. */
        FLOW;

        public boolean isConnection() {
            return this == CONDUIT || this == FLOW;
        }
    }

    static PaletteEntry zone(String label, ZoneKind kind, PurdueLevel level) {
        return new PaletteEntry("zone." + kind.getLiteral() + "." + level.getLiteral(), label, Kind.ZONE, kind, level,
                null, 360, 200);
    }

    static PaletteEntry asset(AssetType type, String label) {
        return new PaletteEntry("asset." + type.getLiteral(), label, Kind.ASSET, null, null, type, 150, 60);
    }

    static PaletteEntry other(Kind kind, String label, int width, int height) {
        return new PaletteEntry(kind.name().toLowerCase(java.util.Locale.ROOT), label, kind, null, null, null, width,
                height);
    }
}

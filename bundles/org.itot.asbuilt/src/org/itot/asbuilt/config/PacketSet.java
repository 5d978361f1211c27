package org.itot.asbuilt.config;

import java.util.ArrayList;
import java.util.List;

/** A union of disjoint {@link Box}es: what a rule matches, or what is left for the rules after it. */
public final class PacketSet {

    /** Bounds the work on hostile rule sets: past this many pieces a set is refused, not computed for ever. */
    static final int MAX_BOXES = 200_000;

    private final List<Box> boxes;

    private PacketSet(List<Box> boxes) {
        this.boxes = boxes;
    }

    public static PacketSet of(List<Box> boxes) {
        PacketSet result = new PacketSet(new ArrayList<>());
        for (Box box : boxes) {
            result = result.union(new PacketSet(List.of(box)));
        }
        return result;
    }

    public static PacketSet all() {
        return new PacketSet(List.of(Box.ALL));
    }

    public static PacketSet none() {
        return new PacketSet(List.of());
    }

    public List<Box> boxes() {
        return boxes;
    }

    public boolean isEmpty() {
        return boxes.isEmpty();
    }

    public PacketSet intersect(PacketSet other) {
        List<Box> result = new ArrayList<>();
        for (Box mine : boxes) {
            for (Box theirs : other.boxes) {
                Box common = mine.intersect(theirs);
                if (!common.isEmpty()) {
                    result.add(common);
                }
            }
        }
        return checked(result);
    }

    public PacketSet minus(PacketSet other) {
        List<Box> result = boxes;
        for (Box theirs : other.boxes) {
            List<Box> next = new ArrayList<>();
            for (Box mine : result) {
                next.addAll(mine.minus(theirs));
            }
            result = checked(next).boxes;
        }
        return new PacketSet(result);
    }

    public PacketSet union(PacketSet other) {
        List<Box> result = new ArrayList<>(boxes);
        result.addAll(other.minus(this).boxes);
        return checked(result);
    }

    private static PacketSet checked(List<Box> boxes) {
        if (boxes.size() > MAX_BOXES) {
            throw new IllegalArgumentException("the rule set splits the packet space into more than " + MAX_BOXES
                    + " pieces; it is too complex to compare");
        }
        return new PacketSet(boxes);
    }
}

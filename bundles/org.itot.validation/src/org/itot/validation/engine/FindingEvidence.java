package org.itot.validation.engine;

import java.util.Map;

/**
 * What a finding of a rule that judges outside inputs (traffic, device configurations) rests on: the input file and
 * line, times and counts. Reports write it as the finding's {@code evidence} object.
 */
public interface FindingEvidence {

    /** The evidence as ordered fields (strings, numbers, booleans, lists, maps) for the JSON report. */
    Map<String, Object> fields();
}

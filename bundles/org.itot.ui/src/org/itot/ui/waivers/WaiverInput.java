package org.itot.ui.waivers;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.itot.model.Waiver;

/** What the user says when accepting a risk: why, who, and until when (no expiry: {@code null}). */
public record WaiverInput(String rationale, String author, Date expiresOn) {

    /** A new waiver's defaults: no rationale yet, the signed-in user as author, no expiry. */
    public static WaiverInput fresh() {
        return new WaiverInput("", System.getProperty("user.name", ""), null);
    }

    public static WaiverInput of(Waiver waiver) {
        return new WaiverInput(waiver.getRationale() == null ? "" : waiver.getRationale(),
                waiver.getAuthor() == null ? "" : waiver.getAuthor(), waiver.getExpiresOn());
    }

    /**
     * Reads the dialog's fields. The expiry is a date (YYYY-MM-DD) after today, or empty for none; it ends the waiver
     * at the start of that day, so "until 2027-03-01" accepts the risk up to that day.
     *
     * @throws IllegalArgumentException with what to correct, when a field is not acceptable
     */
    public static WaiverInput read(String rationale, String author, String expiry, LocalDate today) {
        if (rationale == null || rationale.isBlank()) {
            throw new IllegalArgumentException("Enter a rationale: why is this risk acceptable?");
        }
        Date expiresOn = null;
        String date = expiry == null ? "" : expiry.strip();
        if (!date.isEmpty()) {
            LocalDate day;
            try {
                day = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Expiry '" + date + "' is not a date: enter YYYY-MM-DD, e.g. "
                        + today.plusMonths(6) + ", or leave it empty for no expiry.");
            }
            if (!day.isAfter(today)) {
                throw new IllegalArgumentException("Expiry " + day + " is not in the future: enter a date after "
                        + today + ", or leave it empty for no expiry.");
            }
            expiresOn = Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
        }
        return new WaiverInput(rationale.strip(), author == null ? "" : author.strip(), expiresOn);
    }

    /** The expiry as the dialog shows it: YYYY-MM-DD, or empty. */
    public String expiryText() {
        return expiresOn == null ? "" : WaiverTexts.date(expiresOn);
    }
}

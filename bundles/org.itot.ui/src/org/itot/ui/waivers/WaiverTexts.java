package org.itot.ui.waivers;

import java.time.ZoneId;
import java.util.Date;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.graphics.Image;
import org.itot.model.Waiver;
import org.itot.validation.engine.RuleDiagnostic;

/** How the desktop says whether a finding is accepted, the same in the Problems view, Findings tab and Waivers view. */
public final class WaiverTexts {

    private static final String ACCEPTED_IMAGE = WaiverTexts.class.getName() + ".accepted";

    private WaiverTexts() {
    }

    /** "Accepted (until 2027-03-01, by j.doe)", "Open (the waiver expired on ...)" or "Open". */
    public static String status(RuleDiagnostic finding) {
        if (finding.isAccepted()) {
            return accepted(finding.waiver());
        }
        return finding.waiverNote() == null ? "Open" : "Open (" + finding.waiverNote() + ")";
    }

    /** "Accepted (until 2027-03-01, by j.doe)"; "no expiry" and no author when the waiver names none. */
    public static String accepted(Waiver waiver) {
        String until = waiver.getExpiresOn() == null ? "no expiry" : "until " + date(waiver.getExpiresOn());
        String by = waiver.getAuthor() == null || waiver.getAuthor().isBlank() ? "" : ", by " + waiver.getAuthor();
        return "Accepted (" + until + by + ")";
    }

    /** A date as YYYY-MM-DD in the user's time zone (the day the user entered). */
    public static String date(Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toString();
    }

    /**
     * The icon of an accepted finding in place of its severity's: a tick (the IDE's "completed task"), so accepted
     * risks stand out from open findings at a glance.
     */
    public static Image acceptedImage() {
        ImageRegistry registry = JFaceResources.getImageRegistry();
        if (registry.getDescriptor(ACCEPTED_IMAGE) == null) {
            registry.put(ACCEPTED_IMAGE, ResourceLocator
                    .imageDescriptorFromBundle("org.eclipse.ui.ide", "icons/full/obj16/complete_tsk.png")
                    .orElse(ImageDescriptor.getMissingImageDescriptor()));
        }
        return registry.get(ACCEPTED_IMAGE);
    }
}

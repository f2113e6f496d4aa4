package org.k2advisor;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A publication or policy an advice item rests on.
 *
 * @param id a stable id, such as {@code avadec-2022}
 * @param label a short name for lists and cards, such as "AVADEC trial (Circulation, 2022)"
 * @param citation the full citation
 * @param url a link to it, or null where none exists
 * @param checkedOn the day its content was last checked against the publication
 */
public record Source(String id, String label, String citation, String url, LocalDate checkedOn) {
    /**
     * Checks that every part but the url is present.
     *
     * @param id a stable id, such as {@code avadec-2022}
     * @param label a short name for lists and cards, such as "AVADEC trial (Circulation, 2022)"
     * @param citation the full citation
     * @param url a link to it, or null where none exists
     * @param checkedOn the day its content was last checked against the publication
     */
    public Source {
        requireNonNull(id, "id");
        requireNonNull(label, "label");
        requireNonNull(citation, "citation");
        requireNonNull(checkedOn, "checkedOn");
    }
}

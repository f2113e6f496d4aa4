package org.k2advisor;

import static java.util.Objects.requireNonNull;

/** A publication or policy an advice item rests on. {@code url} is null where none exists. */
public record Source(String id, String citation, String url) {
    /**
     * A source.
     *
     * @param id stable id, as claims cite it
     * @param citation the reference in words
     * @param url where to read it, or null
     */
    public Source {
        requireNonNull(id, "id");
        requireNonNull(citation, "citation");
    }
}

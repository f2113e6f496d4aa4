package org.k2advisor;

import static java.util.Objects.requireNonNull;

/** A publication or policy an advice item rests on. {@code url} is null where none exists. */
public record Source(String id, String citation, String url) {
    public Source {
        requireNonNull(id, "id");
        requireNonNull(citation, "citation");
    }
}

package org.k2advisor.internal.json;

import java.util.List;

/** JSON for the listings (questions, claims, rules): record components become fields, in order. */
public final class ListingJson {
    private ListingJson() {}

    public static String write(List<?> records) {
        return ReportJson.pretty(ReportJson.MAPPER.valueToTree(records));
    }
}

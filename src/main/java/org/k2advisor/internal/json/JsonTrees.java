package org.k2advisor.internal.json;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** JSON documents built field by field, written as the whole contract is: indented, in the order set. */
public final class JsonTrees {
    private JsonTrees() {}

    /** An empty object to fill, from the one configured mapper. */
    public static ObjectNode object() {
        return ReportJson.MAPPER.createObjectNode();
    }

    public static String write(ObjectNode tree) {
        return ReportJson.pretty(tree);
    }
}

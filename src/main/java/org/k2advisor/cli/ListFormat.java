package org.k2advisor.cli;

/** How `claims` and `rules` print their listings (`questions` has FHIR formats too). */
enum ListFormat {
    text, json
}

package org.k2advisor.cli;

/** How `questions`, `claims` and `rules` print their listings. */
enum ListFormat {
    text, json
}

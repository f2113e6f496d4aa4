package org.k2advisor.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.k2advisor.internal.json.ListingJson;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** What `claims` and `rules` share: a pack, a format, and text or JSON of a list (`questions` adds FHIR). */
abstract class ListingCommand<T> implements Callable<Integer> {
    @ParentCommand
    K2AdvisorCommand parent;

    @Mixin
    PackOption pack;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
    ListFormat format;

    abstract List<T> items();

    abstract String text(List<T> items);

    @Override
    public Integer call() {
        List<T> items = items();
        parent.console.print(format == ListFormat.json ? ListingJson.write(items) : text(items));
        return 0;
    }
}

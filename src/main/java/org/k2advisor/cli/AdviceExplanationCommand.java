package org.k2advisor.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** What `explain why` and `explain why-not` share: one advice id, the answers, and the pack. */
abstract class AdviceExplanationCommand implements Callable<Integer> {
    @ParentCommand
    ExplainCommand parent;

    @Parameters(index = "0", paramLabel = "ADVICE_ID", description = "The advice item to explain, such as food_sources.")
    String adviceId;

    @Mixin
    AnswerInput input;

    @Mixin
    PackOption pack;

    Console console() {
        return parent.parent.console;
    }
}

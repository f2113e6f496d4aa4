package org.k2advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.k2advisor.internal.render.Wrap;

import picocli.CommandLine;

/** A run models only the command it names, and that command is the same as in the whole tree. */
class CommandTreeTest {
    private static final Console CONSOLE = new Console(System.in, System.out, System.err, Wrap.WIDTH);

    @Test
    void whenNoCommandIsNamed_thenTheTreeHoldsEveryCommandUnderItsOwnName() {
        CommandLine whole = Main.commandLine(CONSOLE);

        assertEquals(List.copyOf(K2AdvisorCommand.COMMANDS.keySet()), List.copyOf(whole.getSubcommands().keySet()));
        // The map's key must be the name the command's own annotation gives, or help would list
        // one name and a run accept another.
        whole.getSubcommands().forEach((name, command) -> assertEquals(name, command.getCommandSpec().userObject() instanceof CommandLine.HelpCommand
                ? "help" : new CommandLine(command.getCommandSpec().userObject()).getCommandName()));
    }

    @Test
    void whenACommandIsNamed_thenOnlyThatCommandIsModelled() {
        for (String name : K2AdvisorCommand.COMMANDS.keySet()) {
            CommandLine run = Main.commandLine(CONSOLE, name, "--help");
            List<String> expected = name.equals("help") ? List.copyOf(K2AdvisorCommand.COMMANDS.keySet()) : List.of(name);
            assertEquals(expected, List.copyOf(run.getSubcommands().keySet()), name);
        }
    }

    @Test
    void whenTheFirstWordIsNotACommand_thenTheWholeTreeIsThereForHelpAndSuggestions() {
        for (String first : List.of("--help", "--version", "advice", "")) {
            assertEquals(K2AdvisorCommand.COMMANDS.size(), Main.commandLine(CONSOLE, first).getSubcommands().size(), first);
        }
        assertEquals(K2AdvisorCommand.COMMANDS.size(), Main.commandLine(CONSOLE).getSubcommands().size());
    }
}

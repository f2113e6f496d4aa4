package org.k2advisor.internal.answers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.k2advisor.InvalidAnswersException;
import org.k2advisor.InvalidAnswersException.Code;

/**
 * Answers given one by one as "id=value" text: the command line's --set and the service's
 * {@code ?set=} on what-if. The value stays text; the normalizer judges it like any other answer.
 */
public final class AnswerSettings {
    private AnswerSettings() {}

    /**
     * A copy of {@code base} with each setting applied in order; a later one wins.
     *
     * @param option how the caller names the settings in an error ("--set", "set")
     */
    public static Map<String, Object> apply(Map<String, Object> base, List<String> settings, String option) {
        Map<String, Object> answers = new LinkedHashMap<>(base);
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            if (eq < 0 || setting.substring(0, eq).isBlank()) {
                throw new InvalidAnswersException(Code.USAGE, option, "expected id=value, such as " + option
                        + (option.startsWith("-") ? " " : "=") + "age=64, got " + ValueEcho.of(setting));
            }
            answers.put(setting.substring(0, eq).strip(), setting.substring(eq + 1).strip());
        }
        return answers;
    }
}

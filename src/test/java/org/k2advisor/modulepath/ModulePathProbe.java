package org.k2advisor.modulepath;

import java.nio.file.Path;
import java.util.Map;

import org.k2advisor.AdviceItem;
import org.k2advisor.Advisor;
import org.k2advisor.KnowledgePackException;

/**
 * Run by ModulePathTest in a JVM of its own, with the library as a named module. It lives outside
 * the package org.k2advisor because a class-path class cannot share a package with a named module.
 * Arguments: none for the built-in pack, or a rules directory.
 */
public final class ModulePathProbe {
    private ModulePathProbe() {}

    public static void main(String[] args) {
        System.out.println("module: " + Advisor.class.getModule().getName());
        try {
            Advisor advisor = args.length == 0 ? Advisor.builtIn() : Advisor.fromDirectory(Path.of(args[0]));
            for (AdviceItem item : advisor.advise(Map.of("age", 67, "diabetes", true, "goal", "reverse")).advice()) {
                System.out.println("advice: " + item.id());
            }
        } catch (KnowledgePackException e) {
            System.out.println("KnowledgePackException: " + e.getMessage());
        }
    }
}

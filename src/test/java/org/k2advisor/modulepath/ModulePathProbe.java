package org.k2advisor.modulepath;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.k2advisor.AdviceItem;
import org.k2advisor.Advisor;
import org.k2advisor.KnowledgePackException;

/**
 * Run by ModulePathTest in a JVM of its own, with the library as a named module. It lives outside
 * the package org.k2advisor because a class-path class cannot share a package with a named module.
 * Arguments: none for the built-in pack, a rules directory, or {@code --resources} and resource
 * names to look up in the library's module from outside it.
 */
public final class ModulePathProbe {
    private ModulePathProbe() {}

    public static void main(String[] args) throws IOException {
        System.out.println("module: " + Advisor.class.getModule().getName());
        if (args.length > 0 && args[0].equals("--resources")) {
            resources(List.of(args).subList(1, args.length));
            return;
        }
        try {
            Advisor advisor = args.length == 0 ? Advisor.builtIn() : Advisor.fromDirectory(Path.of(args[0]));
            for (AdviceItem item : advisor.advise(Map.of("age", 67, "diabetes", true, "goal", "reverse")).advice()) {
                System.out.println("advice: " + item.id());
            }
        } catch (KnowledgePackException e) {
            System.out.println("KnowledgePackException: " + e.getMessage());
        }
    }

    /** Each resource read from outside the module, through the library's class and its class loader. */
    private static void resources(List<String> names) throws IOException {
        for (String name : names) {
            try (InputStream byClass = Advisor.class.getResourceAsStream("/" + name);
                    InputStream byLoader = Advisor.class.getClassLoader().getResourceAsStream(name)) {
                System.out.println(name + ": class " + (byClass != null) + ", loader " + (byLoader != null));
            }
        }
    }
}

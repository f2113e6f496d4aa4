package org.k2advisor.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.k2advisor.KnowledgePackException;
import org.k2advisor.internal.pack.KnowledgePack;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/** The two ways a pack becomes a KieBase. Both read the same DRL and give the same rules. */
final class KieBases {
    /** Written by kie-maven-plugin at build time: the class names of the generated rule models. */
    private static final String MODEL_INDEX = "META-INF/kie/org.k2advisor/k2advisor/drools-model";
    private static final String DRL_FOLDER = "src/main/resources/k2advisor/rules/";
    private static final AtomicLong BUILDS = new AtomicLong();

    private KieBases() {}

    /**
     * Loads the built-in pack precompiled into Drools' executable model. Reading the model
     * classes directly skips the classpath scan of getKieClasspathContainer(), which halves
     * start-up time for a one-shot command.
     */
    static KieBase fromExecutableModel() {
        List<Model> models = new ArrayList<>();
        for (String className : modelClassNames()) {
            try {
                models.add((Model) Class.forName(className).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new KnowledgePackException("built-in pack: cannot load rule model " + className
                        + "; rebuild with `mvn package`", e);
            }
        }
        if (models.isEmpty()) {
            throw new KnowledgePackException("built-in pack: no compiled rules found; rebuild with `mvn package`");
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    /** Compiles DRL text at run time (drools-mvel), so an educator can edit rules and rerun. */
    static KieBase fromDrl(KnowledgePack pack) {
        KieServices services = KieServices.Factory.get();
        // Drools keeps built modules in a JVM-wide repository keyed by ReleaseId; under the default
        // id, two packs built at once could each receive the other's rules.
        ReleaseId id = services.newReleaseId("org.k2advisor.packs", "pack-" + BUILDS.incrementAndGet(), "1.0.0");
        KieFileSystem files = services.newKieFileSystem().generateAndWritePomXML(id);
        for (KnowledgePack.RuleFile file : pack.ruleFiles()) {
            files.write(DRL_FOLDER + file.name(), file.text());
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        try {
            List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
            if (!errors.isEmpty()) {
                throw new KnowledgePackException(describe(errors.get(0), pack) + more(errors.size() - 1));
            }
            return services.newKieContainer(id).getKieBase();
        } finally {
            services.getRepository().removeKieModule(id); // the KieBase lives on; the registry entry need not
        }
    }

    private static String describe(Message error, KnowledgePack pack) {
        String path = error.getPath() == null ? "" : error.getPath();
        String location = pack.ruleFiles().stream()
                .filter(f -> path.endsWith(f.name())).map(KnowledgePack.RuleFile::location)
                .findFirst().orElse(path.isEmpty() ? "rules" : path);
        String line = error.getLine() > 0 ? ":" + error.getLine() : "";
        String text = error.getText().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("error");
        return location + line + ": " + text;
    }

    private static String more(int others) {
        return others > 0 ? " (and " + others + " more error" + (others == 1 ? "" : "s") + ")" : "";
    }

    private static List<String> modelClassNames() {
        try (InputStream in = KieBases.class.getClassLoader().getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("Drools-Model-Version"))
                    .toList();
        } catch (IOException e) {
            throw new KnowledgePackException("built-in pack: cannot read " + MODEL_INDEX, e);
        }
    }
}

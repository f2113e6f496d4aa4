package org.k2advisor.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.drools.core.impl.RuleBaseFactory;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.k2advisor.KnowledgePackException;
import org.k2advisor.internal.pack.KnowledgePack;
import org.k2advisor.internal.pack.PackProblem;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.KieBaseMutabilityOption;

/** The two ways a pack becomes a KieBase. Both read the same DRL and give the same rules. */
final class KieBases {
    /** Written by kie-maven-plugin at build time: the class names of the generated rule models. */
    private static final String MODEL_INDEX = "META-INF/kie/org.k2advisor/k2advisor/drools-model";
    private static final String DRL_FOLDER = "src/main/resources/k2advisor/rules/";
    private static final AtomicLong BUILDS = new AtomicLong();

    private KieBases() {}

    // Both paths build an immutable KieBase: rules never change after loading, and Drools can
    // then skip the locking that a mutable one needs for every session (about 4% faster).

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
        // Not KieServices.get().newKieBaseConfiguration(), which the other overloads call: KieServices'
        // only implementation lives in drools-compiler, which a precompiled model does not otherwise need.
        KieBaseConfiguration configuration =
                RuleBaseFactory.newKnowledgeBaseConfiguration(null, KieBases.class.getClassLoader());
        configuration.setOption(KieBaseMutabilityOption.DISABLED);
        return KieBaseBuilder.createKieBaseFromModel(models, configuration);
    }

    /** A DRL build: the KieBase when it compiled, otherwise every error, each with its file and line. */
    record DrlCompilation(KieBase kieBase, List<PackProblem> errors) {}

    /** Compiles DRL text at run time (drools-mvel), so an educator can edit rules and rerun. */
    static KieBase fromDrl(KnowledgePack pack) {
        DrlCompilation compilation = compile(pack);
        List<PackProblem> errors = compilation.errors();
        if (!errors.isEmpty()) {
            int others = errors.size() - 1;
            throw new KnowledgePackException(errors.get(0)
                    + (others > 0 ? " (and " + others + " more error" + (others == 1 ? "" : "s") + ")" : ""));
        }
        return compilation.kieBase();
    }

    /** Compiles the pack's DRL and collects all errors instead of stopping at the first. */
    static DrlCompilation compile(KnowledgePack pack) {
        DrlCompiler.require();
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
            List<PackProblem> errors = builder.getResults().getMessages(Message.Level.ERROR).stream()
                    .map(error -> describe(error, pack)).toList();
            // After any syntax error Drools adds "Parser returned a null Package"; the syntax error says it all.
            List<PackProblem> meaningful = errors.stream()
                    .filter(e -> !e.message().startsWith("Parser returned a null Package")).toList();
            errors = meaningful.isEmpty() ? errors : meaningful;
            if (!errors.isEmpty()) {
                return new DrlCompilation(null, errors);
            }
            KieBaseConfiguration configuration = services.newKieBaseConfiguration();
            configuration.setOption(KieBaseMutabilityOption.DISABLED);
            return new DrlCompilation(services.newKieContainer(id).newKieBase(configuration), List.of());
        } finally {
            services.getRepository().removeKieModule(id); // the KieBase lives on; the registry entry need not
        }
    }

    private static PackProblem describe(Message error, KnowledgePack pack) {
        String path = error.getPath() == null ? "" : error.getPath();
        String location = pack.ruleFiles().stream()
                .filter(f -> path.endsWith(f.name())).map(KnowledgePack.RuleFile::location)
                .findFirst().orElse(path.isEmpty() ? "rules" : path);
        String text = error.getText().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("error");
        return new PackProblem(location, Math.max(error.getLine(), 0), text);
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

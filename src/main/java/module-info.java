/**
 * K2 Advisor: rule-based, cited, educational guidance on vitamin K2 and arterial calcification.
 * Only {@code org.k2advisor} is API; see the package documentation.
 */
module org.k2advisor {
    exports org.k2advisor;

    // What advising with the precompiled built-in pack needs. Drools' jars are automatic modules.
    requires com.fasterxml.jackson.databind;
    requires org.kie.api;
    requires org.drools.base;
    requires org.drools.core;
    requires org.drools.canonicalmodel;
    requires org.drools.modelcompiler;
    // Not used by our code, but Drools logs through it, and as an explicit module it would not
    // otherwise be resolved.
    requires org.slf4j;

    // Optional, as in the pom: the educator tools read DRL, and the CLI needs picocli and JLine.
    requires static org.drools.drl.ast;
    requires static org.drools.drl.parser;
    requires static info.picocli;
    requires static org.jline;
    requires static java.logging; // only to quieten JLine's own logger
    // Optional: `k2advisor serve`, the HTTP service.
    requires static io.javalin;
    requires static org.eclipse.jetty.server;
    requires static org.eclipse.jetty.http;
    requires static org.eclipse.jetty.util;
    requires static jakarta.servlet;

    opens org.k2advisor.cli to info.picocli;
}

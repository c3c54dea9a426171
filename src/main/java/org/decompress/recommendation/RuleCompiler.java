package org.decompress.recommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;

/** Compiles rule files into a rule base with a session pool, or fails with every error located by file and line. */
public final class RuleCompiler {

    private static final String KIE_PREFIX = "src/main/resources/";

    private RuleCompiler() {
    }

    /** Sessions the pool creates up front; it grows when more requests run at once. */
    private static final int INITIAL_SESSIONS = 4;

    public static CompiledRules compile(List<RuleFile> files, ClassLoader classLoader) {
        if (files.isEmpty()) {
            throw new RuleCompilationException(List.of("rules/: no .drl file found; the service will not run without rules"));
        }
        KieServices kie = KieServices.Factory.get();
        // A release of its own per build, so a rebuild in dev mode never touches the running rule base.
        ReleaseId release = kie.newReleaseId("org.decompress", "rules", "1.0.0-" + UUID.randomUUID());
        KieFileSystem sources = kie.newKieFileSystem().generateAndWritePomXML(release);
        for (RuleFile file : files) {
            sources.write(kie.getResources().newByteArrayResource(file.content().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .setSourcePath(KIE_PREFIX + "rules/" + file.path())
                    .setResourceType(ResourceType.DRL));
        }
        KieBuilder builder = kie.newKieBuilder(sources, classLoader).buildAll();
        List<String> errors = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            errors.add(locate(message));
        }
        if (!errors.isEmpty()) {
            kie.getRepository().removeKieModule(release);
            throw new RuleCompilationException(errors);
        }
        KieContainer container = kie.newKieContainer(release, classLoader);
        KieBase base = container.getKieBase();
        CompiledRules compiled = new CompiledRules(base, container.newKieSessionsPool(INITIAL_SESSIONS));
        kie.getRepository().removeKieModule(release);
        return compiled;
    }

    private static String locate(Message message) {
        String path = message.getPath() == null ? "rules" : message.getPath().replace(KIE_PREFIX, "");
        String line = message.getLine() > 0 ? ":" + message.getLine() : "";
        return path + line + ": " + message.getText().strip().replaceAll("\\s+", " ");
    }
}

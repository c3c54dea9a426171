package org.decompress.page;

import io.quarkus.runtime.LaunchMode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The static files the pages use, each with a revision from its bytes ({@code /static/app.css?v=3f2a9c1b}),
 * and one version for the whole build. A page links every file by its revision, so a new build's
 * file is never taken for an old one a browser or the service worker still holds; the service worker
 * names its cache by the build's version and drops older caches (see {@code /sw.js}). In dev mode the
 * files are read again at every call (a page makes about ten), so an edited file gets a new address at once.
 */
@Singleton
public class Assets {

    /** Served from META-INF/resources; the service worker keeps them all for offline use. */
    static final List<String> STATIC = List.of("/static/app.css", "/static/print.css", "/static/plan.js", "/static/offline.js",
            "/static/questionnaire.js", "/static/rulebook.js", "/static/icon.svg", "/static/icon-192.png", "/static/icon-512.png");

    /**
     * Files that change what a page or picture says without being static files themselves: the catalog and the
     * figures' poses, every template (the pages the worker keeps, and the worker itself), and the code that draws
     * the figures, whose pictures the worker serves from its cache. {@code AssetsTest} holds the template list to
     * the templates folder.
     */
    static final List<String> ALSO_VERSIONED = List.of("catalog/figures.json", "catalog/exercises.json", "catalog/questionnaire.json",
            "templates/base.html", "templates/checkin-form.html", "templates/checkin-summary.html", "templates/tags/ruleLink.html",
            "templates/WebResource/questionnaire.html", "templates/WebResource/plan.html", "templates/WebResource/referral.html",
            "templates/WebResource/offline.html", "templates/AppShellResource/serviceWorker.js", "templates/RuleBookResource/book.html",
            classFile(org.decompress.figure.FigureRenderer.class), classFile(org.decompress.figure.Figure.class),
            classFile(org.decompress.figure.Pose.class), classFile(org.decompress.figure.Prop.class));

    private final ClassLoader loader;
    /** Dev mode serves a static file as soon as it is saved, without a restart: its revision must follow. */
    private final boolean followEdits;
    private final Snapshot built;

    public Assets() {
        this(Thread.currentThread().getContextClassLoader(), LaunchMode.current() == LaunchMode.DEVELOPMENT);
    }

    Assets(ClassLoader loader) {
        this(loader, false);
    }

    Assets(ClassLoader loader, boolean followEdits) {
        this.loader = loader;
        this.followEdits = followEdits;
        this.built = Snapshot.of(loader);
    }

    /** The file's address with its revision; an address that is not a versioned file is returned as it is. */
    public String url(String path) {
        String revision = current().revisions().get(path);
        return revision == null ? path : path + "?v=" + revision;
    }

    /** Every versioned file's address with its revision. */
    public List<String> urls() {
        return STATIC.stream().map(this::url).toList();
    }

    /** This build's version: it changes whenever a static file, a template, a picture's code or data, or a word changes. */
    public String version() {
        return current().version();
    }

    private Snapshot current() {
        return followEdits ? Snapshot.of(loader) : built;
    }

    /** The revisions of the static files and the version of everything, read from the files as they are now. */
    private record Snapshot(Map<String, String> revisions, String version) {

        static Snapshot of(ClassLoader loader) {
            Map<String, String> revisions = new LinkedHashMap<>();
            MessageDigest build = sha256();
            for (String path : STATIC) {
                byte[] bytes = read(loader, "META-INF/resources" + path);
                revisions.put(path, HexFormat.of().formatHex(sha256().digest(bytes)).substring(0, 12));
                build.update(bytes);
            }
            for (String resource : ALSO_VERSIONED) {
                build.update(read(loader, resource));
            }
            for (String resource : messageFiles(loader)) {
                build.update(read(loader, resource));
            }
            return new Snapshot(Map.copyOf(revisions), HexFormat.of().formatHex(build.digest()).substring(0, 12));
        }
    }

    private static String classFile(Class<?> type) {
        return type.getName().replace('.', '/') + ".class";
    }

    private static List<String> messageFiles(ClassLoader loader) {
        List<String> files = new java.util.ArrayList<>();
        for (String tag : org.decompress.language.LanguageFiles.tags(loader, org.decompress.language.Languages.DEFAULT_TAG)) {
            files.add("messages/" + org.decompress.language.LanguageFiles.PAGES + "_" + tag + ".properties");
            for (String content : org.decompress.language.LanguageFiles.CONTENT) {
                files.add("messages/" + content + "_" + tag + ".properties");
            }
        }
        return files;
    }

    private static byte[] read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.pactum.examples.quickstart;

import io.pactum.core.template.ResourceLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The quickstart's shipped files on the class path, under {@code /io/pactum/examples/quickstart/}.
 * Names are relative to that folder ({@code templates/nda-en/cover.md}), the same names the JSON
 * files use in {@code bodyResource}, so one loader serves both. Stateless and thread-safe.
 */
public final class QuickstartResources {

    /** The class-path folder of the shipped data. */
    public static final String BASE = "/io/pactum/examples/quickstart/";

    private QuickstartResources() {
    }

    /**
     * The text of a shipped file.
     *
     * @param name the name relative to {@link #BASE}
     * @return the UTF-8 text
     * @throws IllegalStateException when the file is not packaged: a build problem, not bad input
     */
    public static String text(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException("quickstart resource missing: " + BASE + name));
    }

    /** The shipped files as a {@link ResourceLoader} for {@code bodyResource} references. */
    public static ResourceLoader loader() {
        return QuickstartResources::find;
    }

    private static Optional<String> find(String name) {
        // A name climbing out of the folder is not a shipped file; the JSON must not reach elsewhere.
        if (name.contains("..") || name.startsWith("/")) {
            return Optional.empty();
        }
        try (InputStream in = QuickstartResources.class.getResourceAsStream(BASE + name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

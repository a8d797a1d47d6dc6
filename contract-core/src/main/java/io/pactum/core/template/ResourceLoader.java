package io.pactum.core.template;

import java.util.Map;
import java.util.Optional;

/**
 * Loads a text resource referenced from a JSON document (a clause or section body kept in a
 * Markdown file). The core does no I/O of its own: the caller decides where names resolve (class
 * path, a directory, a database). Implementations should be thread-safe if shared.
 */
@FunctionalInterface
public interface ResourceLoader {

    /**
     * The text of a resource.
     *
     * @param name the name as written in the JSON, for example {@code nda/confidentiality.md}
     * @return the text, or empty when there is no such resource
     */
    Optional<String> load(String name);

    /** A loader that finds nothing: for documents with every body inline. */
    static ResourceLoader none() {
        return name -> Optional.empty();
    }

    /** A loader over a fixed map of names to texts. */
    static ResourceLoader of(Map<String, String> texts) {
        Map<String, String> copy = Map.copyOf(texts);
        return name -> Optional.ofNullable(copy.get(name));
    }
}

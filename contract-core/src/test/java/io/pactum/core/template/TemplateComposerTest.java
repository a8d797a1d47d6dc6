package io.pactum.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pactum.core.clause.ClauseLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The composer as a shared, thread-safe service. */
class TemplateComposerTest {

    @Test
    void of_cacheSizeBelowOne_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> TemplateComposer.of(ClauseLibrary.empty(), 0));
    }

    @Test
    void compose_fromManyThreads_givesTheSameDocument() throws Exception {
        TemplateComposer composer = TemplateComposer.of(Fixtures.library(), 4);
        List<CompositionRequest> requests = List.of(Fixtures.request("service-zh"), Fixtures.request("nda-en"),
                Fixtures.request("sales-en"));
        List<String> expected = requests.stream().map(r -> composer.compose(r).fingerprint()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                CompositionRequest r = requests.get(i % 3);
                results.add(pool.submit(() -> composer.compose(r).fingerprint()));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(expected.get(i % 3), results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void compose_sameVersionTwice_usesTheSameResult() {
        TemplateComposer composer = TemplateComposer.of(Fixtures.library());
        CompositionRequest request = Fixtures.request("sales-en");

        assertEquals(composer.compose(request), composer.compose(request));
        assertEquals(composer.compose(request).html(), composer.compose(request).html());
    }
}

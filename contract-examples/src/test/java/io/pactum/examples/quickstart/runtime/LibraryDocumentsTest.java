package io.pactum.examples.quickstart.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pactum.core.clause.ClauseLibrary;
import io.pactum.core.template.TemplateJson;
import io.pactum.examples.quickstart.QuickstartResources;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shipped library files made self-contained and split per clause, as the runtime's library stores them. */
class LibraryDocumentsTest {

    @Test
    void clauses_splitsTheArray_eachObjectReadsAsTheClauseOfTheFile() {
        for (String file : List.of("clauses/library-zh.json", "clauses/library-en.json")) {
            String inlined = LibraryDocuments.inline(file);
            assertFalse(inlined.contains("bodyResource"), file);
            ClauseLibrary shipped = TemplateJson.readClauseLibrary(QuickstartResources.text(file), QuickstartResources.loader());
            List<String> parts = LibraryDocuments.clauses(inlined);
            assertEquals(shipped.clauses().size(), parts.size(), file);
            for (int i = 0; i < parts.size(); i++) {
                ClauseLibrary one = TemplateJson.readClauseLibrary("{\"clauses\": [" + parts.get(i) + "]}", name -> Optional.empty());
                assertEquals(List.of(shipped.clauses().get(i)), one.clauses(), file + " clause " + i);
            }
        }
    }

    @Test
    void clauses_bracketsAndQuotesInsideStrings_doNotEndAnObject() {
        String json = "{\"clauses\": [{\"id\": \"a\", \"body\": \"] } \\\" [ {\"}, {\"id\": \"b\", \"v\": [1, {\"x\": 2}]}], \"z\": 1}";
        assertEquals(List.of("{\"id\": \"a\", \"body\": \"] } \\\" [ {\"}", "{\"id\": \"b\", \"v\": [1, {\"x\": 2}]}"),
                LibraryDocuments.clauses(json));
    }

    @Test
    void h2File_ofTheUrlsTheQuickstartAccepts() {
        assertEquals(Optional.of(Path.of("/tmp/q/pactum-db")), QuickstartDatabase.h2File("jdbc:h2:file:/tmp/q/pactum-db;LOCK_TIMEOUT=10000"));
        assertEquals(Optional.of(Path.of("./db")), QuickstartDatabase.h2File("jdbc:h2:./db"));
        assertTrue(QuickstartDatabase.h2File("jdbc:h2:mem:pactum;DB_CLOSE_DELAY=-1").isEmpty());
        assertTrue(QuickstartDatabase.h2File("jdbc:postgresql://db/pactum").isEmpty());
    }
}

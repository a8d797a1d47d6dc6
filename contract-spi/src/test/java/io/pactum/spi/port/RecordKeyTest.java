package io.pactum.spi.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pactum.core.error.PactumException;
import io.pactum.spi.SpiError;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecordKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "Approval", "1st", "-x", "a_b", "a b",
            "a1234567890123456789012345678901234567890"})
    void kind_badName_typedErrorNamingKind(String name) {
        PactumException e = assertThrows(PactumException.class, () -> RecordKind.of(name));
        assertEquals(SpiError.BAD_ARGUMENT, e.errorCode());
        assertEquals("kind", e.path());
    }

    @Test
    void kind_fortyChars_accepted() {
        assertEquals(40, RecordKind.of("a".repeat(40)).name().length());
    }

    @Test
    void key_badIds_typedErrorNamingId() {
        for (String id : new String[] {"", "a\nb", "x".repeat(RecordKey.MAX_ID_LENGTH + 1)}) {
            PactumException e = assertThrows(PactumException.class, () -> RecordKey.of(RecordKind.TEMPLATE, id));
            assertEquals("id", e.path());
        }
        assertEquals("id", assertThrows(PactumException.class, () -> RecordKey.of(RecordKind.TEMPLATE, null)).path());
        assertEquals("kind", assertThrows(PactumException.class, () -> RecordKey.of(null, "x")).path());
    }

    @Test
    void key_printsKindSlashId() {
        assertEquals("template/nda@2", RecordKey.of(RecordKind.TEMPLATE, "nda@2").toString());
    }

    @Test
    void storedRecord_revisionBelowOne_rejected() {
        PactumException e = assertThrows(PactumException.class,
                () -> new StoredRecord(RecordKey.of(RecordKind.CLAUSE, "c"), 0, "{}", Instant.EPOCH));
        assertEquals("revision", e.path());
    }
}

package io.pactum.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pactum.core.error.CoreError;
import io.pactum.core.error.ValidationException;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Open formats: a reader may ignore the properties it does not know, object by object. */
class TolerantReadingTest {

    private static final String EVENT = """
            {"type": "contract.signed", "addedLater": 1, "contract": {"id": "c-1", "alsoAdded": [true]}}
            """;

    @Test
    void ignoreOtherProperties_acceptsUnknownPropertiesOfThatObject() {
        String id = JsonInput.standard().read("event", EVENT, root -> {
            root.ignoreOtherProperties();
            JsonObjectReader contract = Objects.requireNonNull(root.object("contract"));
            contract.ignoreOtherProperties();
            return root.string("type") + "/" + contract.string("id");
        });
        assertEquals("contract.signed/c-1", id);
    }

    @Test
    void ignoreOtherProperties_leavesNestedObjectsStrict() {
        ValidationException e = assertThrows(ValidationException.class, () -> JsonInput.standard().read("event", EVENT,
                root -> {
                    root.ignoreOtherProperties();
                    return Objects.requireNonNull(root.object("contract")).string("id");
                }));
        assertEquals(1, e.violations().size(), e::getMessage);
        assertEquals("/contract/alsoAdded", e.violations().get(0).path());
        assertEquals(CoreError.JSON_UNKNOWN_PROPERTY, e.violations().get(0).code());
    }

    @Test
    void ignoreOtherProperties_stillChecksTheTypesOfWhatIsRead() {
        ValidationException e = assertThrows(ValidationException.class, () -> JsonInput.standard().read("event",
                "{\"type\": 7, \"other\": 1}", root -> {
                    root.ignoreOtherProperties();
                    return root.string("type");
                }));
        assertEquals("/type", e.violations().get(0).path());
    }
}

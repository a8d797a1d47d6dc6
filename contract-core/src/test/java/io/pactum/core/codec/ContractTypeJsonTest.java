package io.pactum.core.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.pactum.core.contract.ContractMother;
import io.pactum.core.contract.type.ContractType;
import io.pactum.core.error.CoreError;
import io.pactum.core.error.ValidationException;
import io.pactum.core.error.Violation;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ContractTypeJsonTest {

    @Test
    void writeThenRead_objectMotherType_isLossless() {
        ContractType type = ContractMother.serviceType();
        assertEquals(type, ContractTypeJson.read(ContractTypeJson.write(type)));
    }

    @Test
    void read_brokenDefinitions_everyProblemAtItsPointer() {
        String json = """
                {
                  "id": "purchase",
                  "name": "Purchase order",
                  "numbering": "PO-{yyyy}-{seq:6}{seq}",
                  "fields": [
                    {"name": "cap", "type": "MONEY", "min": 10, "max": 5},
                    {"name": "tier", "type": "ENUM"},
                    {"name": "when", "type": "DATETIME"},
                    {"name": "9lives", "type": "STRING"},
                    {"name": "code", "type": "STRING", "pattern": "^[A-Z]+$"},
                    {"name": "count", "type": "INTEGER", "currency": "CNY"},
                    {"name": "note", "type": "TEXT", "maxLength": 0}
                  ]
                }
                """;
        List<Violation> vs = assertThrows(ValidationException.class, () -> ContractTypeJson.read(json)).violations();
        Map<String, CoreError> byPath = vs.stream().collect(Collectors.toMap(Violation::path, v -> (CoreError) v.code()));
        assertEquals(Map.of(
                "/numbering", CoreError.BAD_NUMBERING_PATTERN,
                "/fields/0/min", CoreError.BAD_FIELD_DEFINITION,
                "/fields/1/allowedValues", CoreError.BAD_FIELD_DEFINITION,
                "/fields/2/type", CoreError.NOT_ALLOWED,
                "/fields/3/name", CoreError.BAD_FIELD_DEFINITION,
                // user-supplied regular expressions are not part of the format
                "/fields/4/pattern", CoreError.JSON_UNKNOWN_PROPERTY,
                "/fields/5/currency", CoreError.BAD_FIELD_DEFINITION,
                "/fields/6/maxLength", CoreError.OUT_OF_RANGE), byPath, vs.toString());
    }

    @Test
    void read_duplicateFieldNames_reported() {
        String json = """
                {"id": "t", "name": "T", "numbering": "T-{seq}",
                 "fields": [{"name": "a", "type": "STRING"}, {"name": "a", "type": "TEXT"}]}
                """;
        List<Violation> vs = assertThrows(ValidationException.class, () -> ContractTypeJson.read(json)).violations();
        assertEquals(1, vs.size());
        assertEquals("/fields/1/name", vs.get(0).path());
        assertEquals(CoreError.DUPLICATE, vs.get(0).code());
    }
}

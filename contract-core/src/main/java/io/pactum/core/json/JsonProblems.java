package io.pactum.core.json;

import io.pactum.core.error.ErrorCode;
import io.pactum.core.error.Violation;
import java.util.ArrayList;
import java.util.List;

/** The violations collected while one document is read; shared by all its readers. Not thread-safe. */
final class JsonProblems {

    private final List<Violation> violations = new ArrayList<>();
    private final List<JsonObjectReader> opened = new ArrayList<>();

    void add(String pointer, ErrorCode code, String message) {
        violations.add(new Violation(pointer, code, message));
    }

    void opened(JsonObjectReader reader) {
        opened.add(reader);
    }

    boolean any() {
        return !violations.isEmpty();
    }

    List<Violation> finish() {
        for (JsonObjectReader reader : opened) {
            reader.reportUnknownProperties();
        }
        return violations;
    }
}

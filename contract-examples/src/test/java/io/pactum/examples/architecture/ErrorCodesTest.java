package io.pactum.examples.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.pactum.core.error.CoreError;
import io.pactum.core.error.ErrorCode;
import io.pactum.jdbc.JdbcError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every error code in the library is unique, well-formed and described. */
class ErrorCodesTest {

    private static final Pattern FORM = Pattern.compile("PCT-[1-9][0-9]{3}");

    static List<ErrorCode> allCodes() {
        List<ErrorCode> codes = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.pactum")) {
            if (c.isEnum() && c.isAssignableTo(ErrorCode.class)) {
                for (Object constant : c.reflect().getEnumConstants()) {
                    codes.add((ErrorCode) constant);
                }
            }
        }
        return codes;
    }

    @Test
    void errorCodes_areUniqueAcrossTheLibrary() {
        List<ErrorCode> codes = allCodes();
        assertTrue(codes.containsAll(List.of(CoreError.values())), "the scan must find the core codes");
        assertTrue(codes.containsAll(List.of(JdbcError.values())), "the scan must find the JDBC adapter's codes");
        Map<String, ErrorCode> seen = new HashMap<>();
        for (ErrorCode code : codes) {
            ErrorCode earlier = seen.put(code.code(), code);
            assertEquals(null, earlier, () -> code.code() + " is used by both " + earlier + " and " + code);
        }
    }

    @Test
    void jdbcCodes_stayInTheJdbcRange() {
        for (JdbcError e : JdbcError.values()) {
            int n = Integer.parseInt(e.code().substring(4));
            assertTrue(n >= 7000 && n <= 7999, e + " is outside PCT-7000-7999: " + e.code());
        }
    }

    @Test
    void errorCodes_areWellFormedAndDescribed() {
        for (ErrorCode code : allCodes()) {
            assertTrue(FORM.matcher(code.code()).matches(), code + " has malformed code " + code.code());
            assertFalse(code.summary().isBlank(), code + " has no summary");
        }
    }
}

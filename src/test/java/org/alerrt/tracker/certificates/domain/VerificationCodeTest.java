package org.alerrt.tracker.certificates.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

    @Test
    void generatedCodesCarry128BitsInUrlSafeBase64() {
        for (int i = 0; i < 200; i++) {
            String code = VerificationCode.generate().value();
            assertEquals(22, code.length(), code);
            assertTrue(code.matches("[A-Za-z0-9_-]+"), code);
            assertEquals(16, Base64.getUrlDecoder().decode(code).length);
        }
    }

    @Test
    void generatedCodesDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(VerificationCode.generate().value()));
        }
    }

    @Test
    void parseAcceptsOnlyWellFormedCodes() {
        String good = VerificationCode.generate().value();
        assertEquals(good, VerificationCode.parse(good).orElseThrow().value());
        assertTrue(VerificationCode.parse(null).isEmpty());
        assertTrue(VerificationCode.parse("").isEmpty());
        assertTrue(VerificationCode.parse(good.substring(1)).isEmpty());
        assertTrue(VerificationCode.parse(good + "A").isEmpty());
        assertTrue(VerificationCode.parse("abcdefghij/lmnopqrstuv").isEmpty());
        assertTrue(VerificationCode.parse("abcdefghij'lmnopqrstuv").isEmpty());
        assertTrue(VerificationCode.parse("abcdefghij+lmnopqrstuv").isEmpty());
    }

    @Test
    void constructorRejectsMalformedCodes() {
        assertThrows(IllegalArgumentException.class, () -> new VerificationCode("short"));
    }
}

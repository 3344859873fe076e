package mx.idse.pki.credentials;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=1024,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    private static final char[] PASSWORD = "Secreta2026abc".toCharArray();

    private final PasswordHasher hasher = new PasswordHasher(1024, 1, 1);

    @Test
    void verifiesTheRightPassword() {
        assertTrue(hasher.verify(hasher.hash(PASSWORD), PASSWORD));
    }

    @Test
    void rejectsWrongPassword() {
        assertFalse(hasher.verify(hasher.hash(PASSWORD), "Secreta2026abd".toCharArray()));
    }

    @Test
    void hashDiffersPerCallBecauseOfTheSalt() {
        assertNotEquals(hasher.hash(PASSWORD), hasher.hash(PASSWORD));
    }

    @Test
    void writesPhcStringWithSixteenByteSaltAndThirtyTwoByteHash() {
        String phc = hasher.hash(PASSWORD);
        assertTrue(PHC.matcher(phc).matches(), phc);
    }

    @Test
    void verifiesOldHashesAfterTheParametersChange() {
        String old = hasher.hash(PASSWORD);
        PasswordHasher newer = new PasswordHasher(2048, 2, 2);
        assertTrue(newer.verify(old, PASSWORD));
    }

    @Test
    void matchesTheArgon2idReferenceVector() {
        // argon2 CLI: echo -n password | argon2 somesalt -id -t 2 -k 65536 -p 1 -l 32
        String reference = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ"
                + "$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
        assertTrue(hasher.verify(reference, "password".toCharArray()));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {
        "",
        "no-es-un-hash",
        "$argon2i$v=19$m=1024,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "$argon2id$v=16$m=1024,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "$argon2id$v=19$m=1024,t=1,p=1$c29tZXNhbHRzb21lc2FsdA",
        "$argon2id$v=19$m=1024,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$AAAA$AAAA",
        "$argon2id$v=19$m=1024,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$A",
        "$argon2id$v=19$m=1024,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$AA==",
        "$argon2id$v=19$m=1024,t=1,p=1$c2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "$argon2id$v=19$m=1024,t=0,p=1$c29tZXNhbHRzb21lc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "$argon2id$v=19$m=4,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "$argon2id$v=19$m=1024,t=1,p=1,x=2$c29tZXNhbHRzb21lc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        " $argon2id$v=19$m=1024,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    })
    void rejectsMalformedHashes(String phc) {
        assertFalse(hasher.verify(phc, PASSWORD));
    }

    @ParameterizedTest(name = "m={0} t={1} p={2}")
    @CsvSource({"1048577, 1, 1", "99999999, 1, 1", "1024, 21, 1", "1024, 1, 17", "1024, 999, 1"})
    void refusesTamperedParametersAboveTheCapsWithoutHashing(int m, int t, int p) {
        String phc = "$argon2id$v=19$m=" + m + ",t=" + t + ",p=" + p
                + "$c29tZXNhbHRzb21lc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        assertFalse(hasher.verify(phc, PASSWORD));
    }

    @Test
    void rejectsNulls() {
        assertFalse(hasher.verify(null, PASSWORD));
        assertFalse(hasher.verify(hasher.hash(PASSWORD), null));
    }

    @Test
    void dummyHashIsAValidHashOfAnUnknownPassword() {
        assertTrue(PHC.matcher(hasher.dummyHash()).matches());
        assertFalse(hasher.verify(hasher.dummyHash(), PASSWORD));
        assertFalse(hasher.verify(hasher.dummyHash(), new char[0]));
    }

    @ParameterizedTest(name = "m={0} t={1} p={2}")
    @CsvSource({"7, 1, 1", "1024, 0, 1", "1024, 1, 0", "2097152, 1, 1", "1024, 21, 1"})
    void refusesConfigurationOutsideTheCaps(int m, int t, int p) {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(m, t, p));
    }
}

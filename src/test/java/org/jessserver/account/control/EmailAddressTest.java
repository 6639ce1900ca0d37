package org.jessserver.account.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jessserver.platform.control.InvalidRequestException;
import org.junit.jupiter.api.Test;

// the check an administrator's "create account" meets; it is plausibility, not RFC 5322: the address is a log-on name
class EmailAddressTest {

    private static void accepted(String email) {
        assertDoesNotThrow(() -> EmailAddress.requireValid(email), email);
    }

    private static void refused(String email) {
        String message = assertThrows(InvalidRequestException.class, () -> EmailAddress.requireValid(email),
                String.valueOf(email)).getMessage();
        assertEquals("Not a valid e-mail address: '" + email + "'", message);
    }

    @Test
    void ordinaryAddressesAreTaken() {
        accepted("user@example.org");
        accepted("first.last+jess@sub.example.co.uk");
        accepted("o'brien@example.ie");
        accepted("USER@EXAMPLE.ORG");
        accepted("a@b");
    }

    @Test
    void aDomainWithoutDotsOrAnAddressLiteralIsTaken() {
        // a self-hosted server may run inside a network where that is normal
        accepted("admin@localhost");
        accepted("user@[192.168.0.1]");
    }

    @Test
    void internationalAddressesAreTaken() {
        accepted("jörg@müller.de");
        accepted("用户@例子.广告");
        accepted("θσερ@παράδειγμα.δοκιμή");
    }

    @Test
    void spacesAroundTheAddressAreTrimmed() {
        accepted(" user@example.org ");
        accepted("\tuser@example.org\n");
    }

    @Test
    void nothingIsRefused() {
        refused(null);
        refused("");
        refused(" ");
    }

    @Test
    void anAddressNeedsSomethingOnEachSideOfOneAt() {
        refused("user");
        refused("user.example.org");
        refused("@example.org");
        refused("user@");
        refused("@");
        refused("a@b@c");
        refused("user@@example.org");
    }

    @Test
    void spacesInsideAreRefused() {
        refused("first last@example.org");
        refused("user@exa mple.org");
        refused("user@example.org\nBcc: other@example.org");
        refused("user\t@example.org");
    }

    @Test
    void unicodeSpacesInsideOrAroundAreRefused() {
        // a no-break space pasted from a web page would make an account nobody can type the name of
        refused("user@example.org\u00a0");
        refused("first\u00a0last@example.org");
        refused("user@exa\u2028mple.org");
        refused("user\u3000@example.org");
    }

    @Test
    void controlCharactersAreRefused() {
        // PostgreSQL cannot even store a NUL in a text column
        refused("user\0@example.org");
        refused("user@example.org\0x");
        refused("user@exam\u0007ple.org");
        refused("user@example.org\u007f");
        refused("us\u0085er@example.org");
    }

    @Test
    void anAddressMayHave254Characters() {
        String local = "l".repeat(64);
        String longest = local + "@" + "d".repeat(185) + ".org";
        assertEquals(254, longest.length());
        accepted(longest);
        refused(local + "@" + "d".repeat(186) + ".org");
    }

    @Test
    void aHugeAddressIsRefused() {
        refused("u".repeat(1_000_000) + "@example.org");
    }
}

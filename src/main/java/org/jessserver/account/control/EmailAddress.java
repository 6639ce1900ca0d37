package org.jessserver.account.control;

import java.util.regex.Pattern;
import org.jessserver.platform.control.InvalidRequestException;

/** The plausibility check for e-mail addresses used as log-on names. */
final class EmailAddress {

    // (?U): a no-break or other Unicode space is a space too; no address holds a control character (PostgreSQL
    // cannot even store a NUL)
    private static final Pattern FORM = Pattern.compile("(?U)[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+");

    private EmailAddress() {
    }

    static void requireValid(String email) {
        if (email == null || email.length() > 254 || !FORM.matcher(email.trim()).matches()) {
            throw new InvalidRequestException("Not a valid e-mail address: '" + email + "'");
        }
    }
}

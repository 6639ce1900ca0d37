package org.jessserver.account.control;

import java.util.regex.Pattern;
import org.jessserver.platform.control.InvalidRequestException;

/** The plausibility check for e-mail addresses used as log-on names. */
final class EmailAddress {

    private static final Pattern FORM = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private EmailAddress() {
    }

    static void requireValid(String email) {
        if (email == null || email.length() > 254 || !FORM.matcher(email.trim()).matches()) {
            throw new InvalidRequestException("Not a valid e-mail address: '" + email + "'");
        }
    }
}

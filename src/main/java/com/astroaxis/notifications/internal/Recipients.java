package com.astroaxis.notifications.internal;

import java.util.regex.Pattern;

import com.astroaxis.notifications.Channel;
import com.astroaxis.platform.web.ProblemException;

import org.springframework.http.HttpStatus;

/** Checks that a recipient suits its channel, and hides most of it wherever it is shown. */
final class Recipients {

    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
    /** Deliberately simple: something@domain.tld, no spaces, quotes, brackets or control characters. */
    private static final Pattern EMAIL = Pattern.compile(
            "[^\\s\\p{Cntrl}@\"<>,;:()\\[\\]\\\\]+@" + LABEL + "(?:\\." + LABEL + ")+");
    /** E.164: a plus, a country code not starting with 0, at most 15 digits in all. */
    private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{7,14}");
    private static final int MAX_EMAIL_LENGTH = 254;

    private Recipients() {
    }

    /** The recipient without surrounding spaces. @throws ProblemException 400 when it does not suit the channel */
    static String check(Channel channel, String recipient) {
        var value = recipient == null ? "" : recipient.strip();
        var ok = switch (channel) {
            case EMAIL -> value.length() <= MAX_EMAIL_LENGTH && EMAIL.matcher(value).matches();
            case SMS -> PHONE.matcher(value).matches();
        };
        if (!ok) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-recipient", "Invalid recipient",
                    channel == Channel.EMAIL ? "The email address is not valid (expected something like name@example.ng)."
                            : "The phone number is not valid (expected an international number such as +2348031234567).")
                    .with("channel", channel.name());
        }
        return value;
    }

    /** {@code +2348031234567} → {@code +23480****4567}; {@code ada@example.ng} → {@code a***@example.ng}. */
    static String mask(String recipient) {
        if (recipient == null || recipient.isEmpty()) {
            return "";
        }
        int at = recipient.lastIndexOf('@');
        if (at > 0) {
            return recipient.charAt(0) + "***" + recipient.substring(at);
        }
        int keepStart = recipient.length() >= 12 ? 6 : 3;
        int keepEnd = recipient.length() >= 12 ? 4 : 2;
        if (recipient.length() <= keepStart + keepEnd) {
            return "****";
        }
        return recipient.substring(0, keepStart) + "****" + recipient.substring(recipient.length() - keepEnd);
    }
}

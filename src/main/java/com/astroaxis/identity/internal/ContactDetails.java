package com.astroaxis.identity.internal;

import java.util.regex.Pattern;

/** Light checks on contact details: enough to catch typing mistakes, with messages naming the field. */
final class ContactDetails {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** E.164, e.g. +2348031234567; a Nigerian number typed as 08031234567 is normalised to +234. */
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{7,14}");

    private ContactDetails() {
    }

    static String email(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var email = value.strip();
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw Invalid.field("email", "is not an email address");
        }
        return email;
    }

    static String phone(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var phone = value.replaceAll("[\\s()-]", "");
        if (phone.matches("0[789][01]\\d{8}")) {
            phone = "+234" + phone.substring(1);
        }
        if (!E164.matcher(phone).matches()) {
            throw Invalid.field("phone", "is not a phone number (use +2348031234567)");
        }
        return phone;
    }

    static String displayName(String value, String fallback) {
        var name = value == null || value.isBlank() ? fallback : value.strip();
        if (name.length() > 200) {
            throw Invalid.field("displayName", "is longer than 200 characters");
        }
        return name;
    }
}

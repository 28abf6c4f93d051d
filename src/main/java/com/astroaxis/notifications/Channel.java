package com.astroaxis.notifications;

/** How a message reaches a person: an email over SMTP or a text message through the SMS gateway. */
public enum Channel {
    EMAIL, SMS
}

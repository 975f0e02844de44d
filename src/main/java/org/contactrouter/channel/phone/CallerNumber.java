package org.contactrouter.channel.phone;

/**
 * What a caller number field turned out to be: a usable number, a number the caller withheld, or something that is
 * not a phone number at all.
 */
public sealed interface CallerNumber permits CallerNumber.Known, CallerNumber.Withheld, CallerNumber.Invalid {

    /** A number in E.164 form, e.g. {@code +447700900123}. */
    record Known(String e164) implements CallerNumber {
    }

    /** The caller withheld their number (or the network did not pass it on): the contact is anonymous. */
    record Withheld() implements CallerNumber {
    }

    /** Not a phone number; {@code reason} says why, in words an administrator can act on. */
    record Invalid(String reason) implements CallerNumber {
    }
}

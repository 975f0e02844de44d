package org.contactrouter.channel.sms;

/**
 * How long a text message is as the mobile networks count it, and so how many messages the citizen receives and
 * the council pays for. Text written only in the GSM 03.38 alphabet goes 160 characters to a message, or 153 each
 * when it is split (the rest carries the joining header), and its extension characters ({@code € [ ] { } ~ ^ | \})
 * count twice. One character outside that alphabet (an emoji, a Welsh ŵ or ŷ, curly quotes) sends the whole text
 * as UCS-2: 70 characters, or 67 per part. GOV.UK Notify sends at most {@value #MAX_CHARACTERS} characters.
 *
 * @param characters the length as the networks count it
 * @param messages   how many text messages it goes as (0 for an empty text)
 * @param encoding   the alphabet it must be sent in
 */
public record SmsLength(int characters, int messages, Encoding encoding) {

    /** The longest text GOV.UK Notify sends: six 153-character parts. */
    public static final int MAX_CHARACTERS = 918;

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

    /** The alphabets a text message is sent in. */
    public enum Encoding {
        GSM_7(160, 153), UCS_2(70, 67);

        private final int single;
        private final int perPart;

        Encoding(int single, int perPart) {
            this.single = single;
            this.perPart = perPart;
        }

        int messagesFor(int characters) {
            if (characters == 0) {
                return 0;
            }
            return characters <= single ? 1 : (characters + perPart - 1) / perPart;
        }
    }

    public static SmsLength of(String text) {
        String value = text == null ? "" : text;
        int septets = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0) {
                septets++;
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
                septets += 2;
            } else {
                // UCS-2 counts UTF-16 units: an emoji outside the Basic Multilingual Plane takes two.
                return new SmsLength(value.length(), Encoding.UCS_2.messagesFor(value.length()), Encoding.UCS_2);
            }
        }
        return new SmsLength(septets, Encoding.GSM_7.messagesFor(septets), Encoding.GSM_7);
    }

    public boolean tooLong() {
        return characters > MAX_CHARACTERS;
    }

    /** For the officer: "245 characters, sent as 2 text messages", with why a text goes as short ones. */
    public String describe() {
        String sent = characters + (characters == 1 ? " character" : " characters") + ", sent as " + messages
                + (messages == 1 ? " text message" : " text messages");
        return encoding == Encoding.UCS_2
                ? sent + " (it has characters outside the basic text alphabet, such as ŵ, curly quotes or emoji,"
                        + " so each message holds " + Encoding.UCS_2.single + ")"
                : sent;
    }
}

package org.contactrouter.contact;

/** Masks personal data for logs: enough to tell two values apart, never enough to contact someone. */
public final class PersonalDataMask {

    private PersonalDataMask() {
    }

    public static String mask(String kind, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (Identity.EMAIL.equals(kind)) {
            int at = value.indexOf('@');
            if (at > 0) {
                return value.charAt(0) + "***" + value.substring(at);
            }
        }
        if (Identity.PHONE.equals(kind) && value.length() > 4) {
            return "*".repeat(value.length() - 3) + value.substring(value.length() - 3);
        }
        return value.length() <= 2 ? "**" : value.charAt(0) + "***";
    }
}

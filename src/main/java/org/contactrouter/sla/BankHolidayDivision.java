package org.contactrouter.sla;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The three UK bank-holiday divisions, keyed as in GOV.UK's {@code bank-holidays.json}. */
public enum BankHolidayDivision {
    ENGLAND_AND_WALES("england-and-wales"),
    SCOTLAND("scotland"),
    NORTHERN_IRELAND("northern-ireland");

    private final String key;

    BankHolidayDivision(String key) {
        this.key = key;
    }

    /** The key in {@code bank-holidays.json}, e.g. {@code england-and-wales}. */
    public String key() {
        return key;
    }

    /** The division with this key; the error lists the valid keys. */
    public static BankHolidayDivision fromKey(String key) {
        String wanted = key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(d -> d.key.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown bank-holiday division '" + key + "', expected one of "
                        + Arrays.stream(values()).map(BankHolidayDivision::key).collect(Collectors.joining(", "))));
    }
}

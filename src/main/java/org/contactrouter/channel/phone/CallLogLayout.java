package org.contactrouter.channel.phone;

/** The phone-log file layouts the phone channel reads; detected per file. */
public enum CallLogLayout {
    /** Asterisk {@code Master.csv}: no header row. */
    ASTERISK_CDR(AsteriskCdrReader.SOURCE),
    /** The council layout: a header row naming the columns. */
    COUNCIL_CSV(CouncilCsvReader.SOURCE);

    private final String source;

    CallLogLayout(String source) {
        this.source = source;
    }

    /** The value of {@link org.contactrouter.contact.Contact#source()} for contacts read from this layout. */
    public String source() {
        return source;
    }
}

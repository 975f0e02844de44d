package org.contactrouter.channel.phone;

import java.util.List;

/** Turns the fields of one data row of a phone log into a call, or throws {@link InvalidCallFieldException}. */
interface CallRowReader {

    CallRecord read(List<String> fields);
}

package org.contactrouter.channel.phone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.camel.Body;
import org.apache.camel.Header;
import org.contactrouter.contact.Contact;
import org.contactrouter.intake.ContactGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes in one phone-log file for routes/phone.yaml: writes its unreadable rows to a quarantine file and puts every
 * contact on the phone queue. Returning normally is what lets the route move the file to the done folder; any
 * exception (the broker refusing a contact, a full disk) leaves the file in the inbox to be read again, and intake
 * drops the contacts of that file it already has.
 */
public class PhoneLogFileIntake {

    /** Header set by the route: the file's name in the done folder, which names its quarantine file too. */
    public static final String STORED_NAME_HEADER = "ccrPhoneLogName";
    static final String QUARANTINE_SUFFIX = ".quarantine.csv";

    private static final Logger log = LoggerFactory.getLogger(PhoneLogFileIntake.class);

    private final CallLogParser parser;
    private final QuarantineFormatter quarantineFormatter;
    private final ContactGateway gateway;
    private final Path quarantine;
    private final Path done;

    public PhoneLogFileIntake(CallLogParser parser, QuarantineFormatter quarantineFormatter, ContactGateway gateway,
                              Path quarantine, Path done) {
        this.parser = parser;
        this.quarantineFormatter = quarantineFormatter;
        this.gateway = gateway;
        this.quarantine = quarantine;
        this.done = done;
    }

    /**
     * The absolute done folder, for the route's {@code move}: Camel resolves a relative move against the inbox, so
     * a relative setting such as ./data/phone/done would land inside it.
     */
    public String doneFolder() {
        return done.toAbsolutePath().normalize().toString();
    }

    public void accept(@Body String content, @Header(STORED_NAME_HEADER) String storedName) {
        CallLogParseResult result = parser.parse(content);
        if (result.hasBadRows()) {
            // Written before queueing, so the council sees the bad rows even while the broker is refusing contacts.
            writeQuarantine(storedName + QUARANTINE_SUFFIX, quarantineFormatter.format(result.badRows()));
        }
        for (Contact contact : result.contacts()) {
            gateway.submit(contact);
        }
        log.info("Phone log {} ({}): {} contacts queued, {} calls skipped, {} bad rows", storedName,
                result.layout() == null ? "no records" : result.layout(), result.contacts().size(),
                result.skippedCount(), result.badRows().size());
    }

    /** Writes next to the final name and renames, so nobody opens a half-written quarantine file. */
    private void writeQuarantine(String fileName, String content) {
        Path target = quarantine.resolve(fileName);
        Path partial = quarantine.resolve(fileName + ".part");
        try {
            Files.writeString(partial, content, StandardCharsets.UTF_8);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write quarantine file " + target, e);
        }
    }
}

package org.contactrouter.channel.phone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * The phone channel's settings ({@code ccr.channels.phone} in config/application.yml), checked when the application
 * starts so that a mistake stops it with a message naming the setting rather than losing call records later.
 *
 * @param enabled         whether the folder watch and {@code POST /api/v1/contacts/phone} are on
 * @param inbox           where the telephony system drops phone-log files ({@code *.csv})
 * @param done            where a file goes once every contact in it is queued
 * @param quarantine      where the rows that could not be read go, one {@code <file>.quarantine.csv} per file
 * @param zone            the PBX's time zone, for times written without an offset
 * @param defaultRegion   ISO 3166 region of numbers written without a country code
 * @param contactOutcomes call outcomes that become contacts (empty: missed calls, voicemails, callback requests)
 * @param queues          the council's public lines: queue names, dialplan contexts or dialled numbers; empty for all
 * @param pollInterval    how often the inbox is looked at
 */
@ConfigurationProperties("ccr.channels.phone")
public record PhoneChannelProperties(boolean enabled, Path inbox, Path done, Path quarantine, ZoneId zone,
                                     String defaultRegion, Set<CallOutcome> contactOutcomes, List<String> queues,
                                     Duration pollInterval) {

    private static final String PREFIX = "ccr.channels.phone.";

    public PhoneChannelProperties {
        required(inbox, "inbox");
        required(done, "done");
        required(quarantine, "quarantine");
        required(zone, "zone");
        required(defaultRegion, "default-region");
        required(pollInterval, "poll-interval");
        inbox = inbox.toAbsolutePath().normalize();
        done = done.toAbsolutePath().normalize();
        quarantine = quarantine.toAbsolutePath().normalize();
        if (done.equals(inbox) || quarantine.equals(inbox)) {
            throw new IllegalArgumentException(PREFIX + "done and " + PREFIX
                    + "quarantine must be folders other than the inbox, or files would be read again");
        }
        if (!PhoneNumberUtil.getInstance().getSupportedRegions().contains(defaultRegion)) {
            throw new IllegalArgumentException(PREFIX + "default-region '" + defaultRegion
                    + "' is not a region code libphonenumber knows; use an ISO 3166 code such as GB");
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException(PREFIX + "poll-interval must be positive, e.g. 5s");
        }
        contactOutcomes = contactOutcomes == null ? Set.of() : Set.copyOf(contactOutcomes);
        queues = queues == null ? List.of() : List.copyOf(queues);
    }

    /** The reading settings the parser and the API mapper share. */
    public PhoneChannelSettings settings() {
        return new PhoneChannelSettings(zone, new CallRecordPolicy(contactOutcomes, queues));
    }

    /** Creates the three folders, so that a wrong path or missing permission stops the start, not the first file. */
    void createFolders() {
        for (Path folder : List.of(inbox, done, quarantine)) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the phone channel folder " + folder
                        + " (settings " + PREFIX + "inbox, done, quarantine)", e);
            }
        }
    }

    private static void required(Object value, String key) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new IllegalArgumentException(PREFIX + key + " is missing");
        }
    }
}

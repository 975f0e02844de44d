package org.contactrouter.simulation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.contactrouter.classification.ClassificationRules;
import org.contactrouter.contact.Channel;
import org.contactrouter.contact.Contact;

/**
 * Makes an arrival stream from {@link Volumes}: contacts arrive as a Poisson process at each hour's rate (times
 * {@code scale}), and each one's service area and language are drawn from the mix. The area and language are not
 * set on the contact: it carries words the council's classification rules know for that area, in English or
 * Welsh, so that the live {@code Classifier} and {@code WelshDetector} decide them as they would for a real message.
 */
public final class ContactGenerator {

    private static final String WELSH_OPENING = "Mae problem gyda'r ";
    private static final String WELSH_CLOSING = " heddiw, diolch yn fawr iawn.";
    private static final String WELSH_UNSORTED = "Mae gen i gwestiwn am y cyngor, diolch yn fawr iawn.";
    private static final String ENGLISH_OPENING = "I am writing about the ";
    private static final String ENGLISH_CLOSING = ", thank you.";
    private static final String ENGLISH_UNSORTED = "I have a question for the council, thank you.";
    private static final Map<Channel, String> SOURCES = Map.of(Channel.PHONE, "call-api", Channel.EMAIL, "general",
            Channel.WEB, "web-form", Channel.SOCIAL, "twitter", Channel.SMS, "notify", Channel.POST,
            "post-room");

    private final ClassificationRules rules;
    private final HandlingTimes handling;
    private final ZoneId zone;

    public ContactGenerator(ClassificationRules rules, HandlingTimes handling, ZoneId zone) {
        this.rules = rules;
        this.handling = handling;
        this.zone = zone;
    }

    /** The stream in arrival order; the same volumes, scale and seed always give the same stream. */
    public List<SimulatedContact> generate(Volumes volumes, double scale, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Contact> contacts = new ArrayList<>();
        for (int day = 0; day < volumes.days(); day++) {
            LocalDate date = volumes.start().plusDays(day);
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            for (int hour = 0; hour < 24; hour++) {
                Instant hourStart = date.atTime(hour, 0).atZone(zone).toInstant();
                for (Channel channel : Channel.values()) {
                    double perHour = (weekend ? volumes.weekend() : volumes.weekday()).get(channel).get(hour) * scale;
                    arrivalsInHour(hourStart, perHour, random)
                            .forEach(at -> contacts.add(contact(channel, at, contacts.size(), volumes, random)));
                }
            }
        }
        contacts.sort(Comparator.comparing(Contact::receivedAt));
        return contacts.stream()
                .map(c -> new SimulatedContact(c, "NORMAL", null, handling.draw(c.channel(), random)))
                .toList();
    }

    /** A Poisson process: exponential gaps at the hour's rate until the hour is over. */
    private static List<Instant> arrivalsInHour(Instant hourStart, double perHour, SplittableRandom random) {
        List<Instant> times = new ArrayList<>();
        if (perHour <= 0) {
            return times;
        }
        double hours = 0;
        while ((hours += -Math.log(1.0 - random.nextDouble()) / perHour) < 1) {
            times.add(hourStart.plus(Duration.ofMillis(Math.round(hours * 3_600_000))));
        }
        return times;
    }

    private Contact contact(Channel channel, Instant at, int number, Volumes volumes, SplittableRandom random) {
        String area = pick(volumes.serviceAreas(), random);
        boolean welsh = random.nextDouble() < volumes.welshShare();
        List<String> phrases = rules.phrasesByArea().getOrDefault(area, List.of());
        String body;
        if (phrases.isEmpty()) {
            body = welsh ? WELSH_UNSORTED : ENGLISH_UNSORTED;
        } else {
            String phrase = phrases.get(random.nextInt(phrases.size()));
            body = welsh ? WELSH_OPENING + phrase + WELSH_CLOSING : ENGLISH_OPENING + phrase + ENGLISH_CLOSING;
        }
        return Contact.builder(channel, SOURCES.get(channel), "sim-" + number, at).body(body).build();
    }

    private static String pick(Map<String, Double> weights, SplittableRandom random) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double target = random.nextDouble() * total;
        String chosen = null;
        for (Map.Entry<String, Double> weight : weights.entrySet()) {
            chosen = weight.getKey();
            target -= weight.getValue();
            if (target < 0) {
                break;
            }
        }
        return chosen;
    }
}

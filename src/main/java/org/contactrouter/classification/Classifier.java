package org.contactrouter.classification;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.contactrouter.contact.Contact;

/**
 * Decides a new case's service area, language and statutory case type from its first contact (order explained in
 * config/classification.yml).
 */
public final class Classifier {

    /** The outcome, with the reason kept for the case's audit trail; {@code caseType} is null for none. */
    public record Classification(String serviceArea, String language, String caseType, String reason) {
    }

    private final ClassificationRules rules;

    public Classifier(ClassificationRules rules) {
        this.rules = rules;
    }

    /** Every service area the rules can give a case, sorted: the areas with phrases, the default and mapping targets. */
    public SortedSet<String> serviceAreas() {
        SortedSet<String> areas = new TreeSet<>(rules.phrasesByArea().keySet());
        areas.add(rules.defaultArea());
        areas.addAll(rules.mailboxes().values());
        areas.addAll(rules.phoneQueues().values());
        areas.addAll(rules.open311ServiceCodes().values());
        return Collections.unmodifiableSortedSet(areas);
    }

    /**
     * @param citizenLanguage the language the citizen chose before, if known: used for later contacts
     */
    public Classification classify(Contact contact, String citizenLanguage) {
        String text = (contact.subject() == null ? "" : contact.subject() + "\n") + contact.body();
        String language = contact.language() != null ? contact.language()
                : WelshDetector.isWelsh(text) ? "cy"
                : citizenLanguage != null ? citizenLanguage : "en";
        String lowerCase = text.toLowerCase(Locale.ROOT);
        String caseType = caseTypeOf(lowerCase);
        String mapped = mappedArea(contact);
        if (mapped != null) {
            return new Classification(mapped, language, caseType, "mapped from " + contact.source());
        }
        if (isKnownArea(contact.serviceAreaHint())) {
            return new Classification(contact.serviceAreaHint(), language, caseType, "named by the "
                    + contact.channel().key() + " channel");
        }
        String byWords = mostMentioned(rules.phrasesByArea(), lowerCase);
        return byWords != null
                ? new Classification(byWords, language, caseType, "words in the message")
                : new Classification(rules.defaultArea(), language, caseType, "no rule matched");
    }

    /** The statutory case type a contact with these words gets, or null: it depends on the words alone. */
    public String caseTypeOf(String subject, String body) {
        return caseTypeOf(((subject == null ? "" : subject + "\n") + (body == null ? "" : body)).toLowerCase(Locale.ROOT));
    }

    private String caseTypeOf(String lowerCaseText) {
        return mostMentioned(rules.phrasesByCaseType(), lowerCaseText);
    }

    /** A hint is taken as the area only when it names one: a phone queue without a mapping is not an area. */
    private boolean isKnownArea(String hint) {
        return hint != null && (rules.phrasesByArea().containsKey(hint) || rules.defaultArea().equals(hint));
    }

    private String mappedArea(Contact contact) {
        String hint = contact.serviceAreaHint() == null ? null : contact.serviceAreaHint().toLowerCase(Locale.ROOT);
        String serviceCode = contact.attributes().get("open311ServiceCode");
        return switch (contact.channel()) {
            case EMAIL -> rules.mailboxes().get(contact.source().toLowerCase(Locale.ROOT));
            case PHONE -> hint == null ? null : rules.phoneQueues().get(hint);
            case WEB -> serviceCode == null ? null : rules.open311ServiceCodes().get(serviceCode.toLowerCase(Locale.ROOT));
            case SOCIAL, SMS, POST -> null;
        };
    }

    /** The key whose phrases occur most often in the text; the first in file order on a tie; null when none occur. */
    private static String mostMentioned(Map<String, List<String>> phrasesByKey, String text) {
        String best = null;
        int bestScore = 0;
        for (Map.Entry<String, List<String>> area : phrasesByKey.entrySet()) {
            int score = 0;
            for (String phrase : area.getValue()) {
                score += occurrences(text, phrase);
            }
            if (score > bestScore) {
                best = area.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    private static int occurrences(String text, String phrase) {
        int count = 0;
        int from = 0;
        while ((from = text.indexOf(phrase, from)) >= 0) {
            boolean startsWord = from == 0 || !Character.isLetter(text.charAt(from - 1));
            int end = from + phrase.length();
            boolean endsWord = end == text.length() || !Character.isLetter(text.charAt(end));
            if (startsWord && endsWord) {
                count++;
            }
            from = end;
        }
        return count;
    }
}

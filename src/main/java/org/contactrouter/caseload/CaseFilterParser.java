package org.contactrouter.caseload;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.contactrouter.classification.Classifier;
import org.contactrouter.contact.Channel;
import org.contactrouter.officer.Officer;
import org.contactrouter.officer.OfficerDirectory;
import org.contactrouter.sla.SlaState;
import org.springframework.stereotype.Component;

/**
 * Reads the case list's filters as typed in a URL (by the page's form or an API client) and refuses a value that
 * names nothing, saying which values there are: a misspelt filter must not quietly show every case, or none.
 */
@Component
public class CaseFilterParser {

    /** A filter value that names no status, channel, service area, officer or SLA state. */
    public static final class UnknownFilterValue extends RuntimeException {
        private final String parameter;

        UnknownFilterValue(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        /** The request parameter at fault, to link the error to its field. */
        public String parameter() {
            return parameter;
        }
    }

    private final Classifier classifier;
    private final OfficerDirectory officers;

    public CaseFilterParser(Classifier classifier, OfficerDirectory officers) {
        this.classifier = classifier;
        this.officers = officers;
    }

    public CaseSearch.CaseFilter parse(String query, String status, String channel, String serviceArea,
                                       String officer, String slaState) {
        return new CaseSearch.CaseFilter(blankToNull(query),
                oneOf("status", "case status", status, CaseStatus.class),
                oneOf("channel", "channel", channel, Channel.class),
                serviceArea(blankToNull(serviceArea)),
                officer(blankToNull(officer)),
                oneOf("sla", "SLA state", slaState, SlaState.class));
    }

    public Set<String> serviceAreas() {
        return classifier.serviceAreas();
    }

    private String serviceArea(String area) {
        if (area == null) {
            return null;
        }
        String lower = area.toLowerCase(Locale.ROOT);
        if (!classifier.serviceAreas().contains(lower)) {
            throw new UnknownFilterValue("area", "There is no service area '" + area + "': use one of "
                    + String.join(", ", classifier.serviceAreas()));
        }
        return lower;
    }

    private String officer(String username) {
        if (username == null) {
            return null;
        }
        return officers.find(username).map(Officer::username)
                .orElseThrow(() -> new UnknownFilterValue("officer", "There is no officer '" + username + "'"));
    }

    private static <E extends Enum<E>> E oneOf(String parameter, String label, String value, Class<E> type) {
        String given = blankToNull(value);
        if (given == null) {
            return null;
        }
        String name = given.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new UnknownFilterValue(parameter, "'" + given + "' is not a " + label
                        + ": use one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                        .map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

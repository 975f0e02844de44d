package org.contactrouter.sla;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.contactrouter.contact.Channel;

/**
 * The council's standards: rules, each saying which cases it applies to and which milestones (or the warning
 * threshold) it sets. The channel blocks of {@code sla-standards.yml} are rules on the channel alone; the file-wide
 * warning threshold is a rule on nothing.
 *
 * <p><b>Precedence.</b> For each milestone, and for the warning threshold, the value comes from the most specific
 * matching rule that sets it. Specificity ranks what a rule names: case type first, then priority, then service
 * area, then channel. A rule naming a case type beats every rule that does not; of two rules naming the same case
 * type, one that also names a priority wins; and so on down to channel. Case type leads because it carries the
 * statutory and policy deadlines (FOI, complaints) that must hold whatever channel or area the case came through.
 * Two rules naming the same conditions are rejected when loading, so the order is always decided.
 */
public final class SlaStandards {

    /** What a rule can be conditioned on, heaviest last; weights are bits so any combination ranks uniquely. */
    enum Condition {
        CHANNEL("channel", 1),
        SERVICE_AREA("service-area", 2),
        PRIORITY("priority", 4),
        CASE_TYPE("case-type", 8);

        final String configKey;
        final int weight;

        Condition(String configKey, int weight) {
            this.configKey = configKey;
            this.weight = weight;
        }
    }

    /**
     * One rule. {@code milestones} maps a milestone to its allowance, or to empty when the rule switches the
     * milestone off ({@code none}); milestones it does not mention are left to weaker rules.
     */
    record Rule(Map<Condition, String> when, Map<Milestone, Optional<SlaDuration>> milestones, Integer warningPercent) {

        Rule {
            when = Map.copyOf(when);
            milestones = Map.copyOf(milestones);
        }

        int specificity() {
            return when.keySet().stream().mapToInt(c -> c.weight).sum();
        }

        boolean matches(Map<Condition, String> caseFacts) {
            return when.entrySet().stream().allMatch(e -> e.getValue().equals(caseFacts.get(e.getKey())));
        }
    }

    /** Warning threshold when the file sets none. */
    static final int DEFAULT_WARNING_PERCENT = 75;

    private final List<Rule> rulesWeakestFirst;
    private final Map<String, CaseType> caseTypes;

    /** @param caseTypes the statutory case types by key, in file order; their allowances are among the rules */
    SlaStandards(List<Rule> rules, Map<String, CaseType> caseTypes) {
        this.rulesWeakestFirst = rules.stream().sorted(Comparator.comparingInt(Rule::specificity)).toList();
        this.caseTypes = Collections.unmodifiableMap(new LinkedHashMap<>(caseTypes));
    }

    /** The case type with this key (matched like a rule's condition), if the file defines it. */
    public Optional<CaseType> caseType(String key) {
        return key == null || key.isBlank() ? Optional.empty() : Optional.ofNullable(caseTypes.get(normalise(key)));
    }

    /** Every case type, in the order the file gives them. */
    public Collection<CaseType> caseTypes() {
        return caseTypes.values();
    }

    /**
     * The standard for a case, resolved by the precedence above. Service area, priority and case type are matched
     * ignoring case and surrounding spaces; null matches only rules that do not name that condition.
     */
    public SlaStandard standardFor(Channel channel, String serviceArea, String priority, String caseType) {
        Map<Condition, String> facts = new EnumMap<>(Condition.class);
        facts.put(Condition.CHANNEL, channel.key());
        putIfPresent(facts, Condition.SERVICE_AREA, serviceArea);
        putIfPresent(facts, Condition.PRIORITY, priority);
        putIfPresent(facts, Condition.CASE_TYPE, caseType);

        Map<Milestone, Optional<SlaDuration>> milestones = new EnumMap<>(Milestone.class);
        int warningPercent = DEFAULT_WARNING_PERCENT;
        for (Rule rule : rulesWeakestFirst) {
            if (rule.matches(facts)) {
                milestones.putAll(rule.milestones());
                warningPercent = rule.warningPercent() == null ? warningPercent : rule.warningPercent();
            }
        }
        Map<Milestone, SlaDuration> allowances = new EnumMap<>(Milestone.class);
        milestones.forEach((m, allowance) -> allowance.ifPresent(a -> allowances.put(m, a)));
        return new SlaStandard(allowances, warningPercent);
    }

    /** Lower-cases and trims a condition value the same way for rules and cases. */
    static String normalise(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }

    private static void putIfPresent(Map<Condition, String> facts, Condition condition, String value) {
        if (value != null && !value.isBlank()) {
            facts.put(condition, normalise(value));
        }
    }
}

package org.contactrouter.sla;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.contactrouter.contact.Channel;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code sla-standards.yml}: standards per channel, overrides, working hours and closures. Every fault is
 * reported as a {@link SlaConfigException} naming the file, the key, its line and what is wrong. Values are read
 * as plain text (YAML's type guessing is not used), so {@code 09:00} stays a time and {@code 0} an allowance.
 */
public final class SlaStandardsFile {

    /** What the file holds. */
    public record Contents(SlaStandards standards, WorkingWeek workingWeek, ClosedDays closures) {
    }

    private static final String WARNING_THRESHOLD = "warning-threshold";
    private static final String WHEN = "when";
    private static final String CASE_TYPES = "case-types";
    private static final String EXTENSION = "extension-up-to";
    private static final String ESCALATES_TO = "escalates-to";
    private static final String ESCALATE_WITHIN = "escalate-within";
    private static final Set<String> CASE_TYPE_FIELDS = Set.of("name", "source", EXTENSION, "clock-stop", ESCALATES_TO,
            ESCALATE_WITHIN);
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})\\s*%?");
    private static final Pattern EVERY_YEAR = Pattern.compile("\\d{2}-\\d{2}");

    private final String source;
    private final BankHolidayDivision division;

    private SlaStandardsFile(String source, BankHolidayDivision division) {
        this.source = source;
        this.division = division;
    }

    /**
     * Reads and validates the file.
     *
     * @param division whose variant of each case type applies (a Scottish council follows the SPSO's complaint
     *                 handling procedure, an English one the Ombudsman's code)
     */
    public static Contents load(Path file, BankHolidayDivision division) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(), division);
        } catch (IOException e) {
            throw new SlaConfigException(file + ": cannot read SLA standards: " + e.getMessage(), e);
        }
    }

    /**
     * Reads and validates YAML text.
     *
     * @param source the file name, for messages
     */
    public static Contents parse(String yaml, String source) {
        return parse(yaml, source, BankHolidayDivision.ENGLAND_AND_WALES);
    }

    /** Reads and validates YAML text, taking each case type's variant for the division. */
    public static Contents parse(String yaml, String source, BankHolidayDivision division) {
        return new SlaStandardsFile(source, division).read(yaml);
    }

    private Contents read(String yaml) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        } catch (YAMLException e) {
            throw new SlaConfigException(source + ": not valid YAML: " + e.getMessage(), e);
        }
        if (root == null) {
            throw new SlaConfigException(source + ": the file is empty; it needs at least a 'channels' section");
        }
        Map<String, Node> top = mapping(root, "(top level)",
                Set.of(WARNING_THRESHOLD, "calendar", "channels", CASE_TYPES, "overrides"));

        List<SlaStandards.Rule> rules = new ArrayList<>();
        int fileThreshold = Optional.ofNullable(top.get(WARNING_THRESHOLD))
                .map(node -> percent(node, WARNING_THRESHOLD))
                .orElse(SlaStandards.DEFAULT_WARNING_PERCENT);
        rules.add(new SlaStandards.Rule(Map.of(), Map.of(), fileThreshold));
        rules.addAll(channelRules(required(top, "channels", root, "(top level)")));
        Map<String, CaseType> caseTypes = new LinkedHashMap<>();
        if (top.containsKey(CASE_TYPES)) {
            rules.addAll(caseTypeRules(top.get(CASE_TYPES), caseTypes));
        }
        if (top.containsKey("overrides")) {
            rules.addAll(overrideRules(top.get("overrides"), caseTypes.keySet()));
        }

        Map<String, Node> calendar = top.containsKey("calendar")
                ? mapping(top.get("calendar"), "calendar", Set.of("working-hours", "closures"))
                : Map.of();
        WorkingWeek week = calendar.containsKey("working-hours")
                ? workingWeek(calendar.get("working-hours"))
                : WorkingWeek.mondayToFriday(LocalTime.of(9, 0), LocalTime.of(17, 0));
        ClosedDays closures = calendar.containsKey("closures") ? closures(calendar.get("closures")) : ClosedDays.none();
        return new Contents(new SlaStandards(rules, caseTypes), week, closures);
    }

    private List<SlaStandards.Rule> channelRules(Node node) {
        Set<String> channelKeys = Arrays.stream(Channel.values()).map(Channel::key).collect(Collectors.toSet());
        Map<String, Node> channels = mapping(node, "channels", channelKeys);
        List<SlaStandards.Rule> rules = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            String key = "channels." + channel.key();
            Node block = channels.get(channel.key());
            if (block == null) {
                throw fault(key, node, "missing; every channel needs a standard (write '" + channel.key()
                        + ": {}' for a channel with no timed milestones)");
            }
            rules.add(rule(Map.of(SlaStandards.Condition.CHANNEL, channel.key()), mapping(block, key, channelKeys()),
                    block, key, false));
        }
        return rules;
    }

    /**
     * Each case type is a rule on the case type alone, plus what {@link CaseType} holds. A type may give variants
     * under a division's key ({@code scotland:}); the fields of the division's variant replace the type's own.
     * Every variant is checked, whichever division is in use, so a mistake shows before a council moves division.
     */
    private List<SlaStandards.Rule> caseTypeRules(Node node, Map<String, CaseType> types) {
        Map<String, Node> divisionKeys = new LinkedHashMap<>();
        Arrays.stream(BankHolidayDivision.values()).forEach(d -> divisionKeys.put(d.key(), null));
        Set<String> allowed = new HashSet<>(milestoneKeys());
        allowed.add(WARNING_THRESHOLD);
        allowed.addAll(CASE_TYPE_FIELDS);
        Set<String> allowedWithVariants = new HashSet<>(allowed);
        allowedWithVariants.addAll(divisionKeys.keySet());

        List<SlaStandards.Rule> rules = new ArrayList<>();
        Map<String, Node> escalations = new LinkedHashMap<>();
        mapping(node, CASE_TYPES, null).forEach((name, typeNode) -> {
            String key = SlaStandards.normalise(name);
            String path = CASE_TYPES + "." + key;
            Map<String, Node> common = new LinkedHashMap<>(mapping(typeNode, path, allowedWithVariants));
            Map<String, Node> variants = new LinkedHashMap<>();
            divisionKeys.keySet().forEach(d -> Optional.ofNullable(common.remove(d)).ifPresent(v -> variants.put(d, v)));
            TypedRule chosen = typedRule(key, common, typeNode, path);
            for (Map.Entry<String, Node> variant : variants.entrySet()) {
                Map<String, Node> merged = new LinkedHashMap<>(common);
                merged.putAll(mapping(variant.getValue(), path + "." + variant.getKey(), allowed));
                TypedRule checked = typedRule(key, merged, variant.getValue(), path + "." + variant.getKey());
                if (variant.getKey().equals(division.key())) {
                    chosen = checked;
                }
            }
            types.put(key, chosen.type());
            rules.add(chosen.rule());
            Optional.ofNullable(common.get(ESCALATES_TO)).ifPresent(n -> escalations.put(path + "." + ESCALATES_TO, n));
        });
        escalations.forEach((path, target) -> {
            String wanted = SlaStandards.normalise(scalar(target, path));
            if (!types.containsKey(wanted)) {
                throw fault(path, target, "names no case type '" + wanted + "'; expected one of " + String.join(", ", types.keySet()));
            }
        });
        return rules;
    }

    /** A case type and its rule. */
    private record TypedRule(CaseType type, SlaStandards.Rule rule) {
    }

    private TypedRule typedRule(String key, Map<String, Node> fields, Node node, String path) {
        SlaStandards.Rule rule = rule(Map.of(SlaStandards.Condition.CASE_TYPE, key), fields, node, path, false);
        Node nameNode = required(fields, "name", node, path);
        Optional<SlaDuration> response = Optional.ofNullable(rule.milestones().get(Milestone.FIRST_RESPONSE))
                .flatMap(a -> a);
        Optional<SlaDuration> extension = Optional.ofNullable(fields.get(EXTENSION))
                .map(n -> allowance(n, path + "." + EXTENSION).orElse(null));
        if (extension.isPresent() && (response.isEmpty() || !response.get().countedLike(extension.get()))) {
            throw fault(path + "." + EXTENSION, fields.get(EXTENSION), response.isEmpty()
                    ? "extends the response, but " + Milestone.FIRST_RESPONSE.configKey() + " is not set"
                    : "must be counted like " + Milestone.FIRST_RESPONSE.configKey() + " (" + response.get()
                            + "), e.g. '10 " + response.get().toString().replaceFirst("^\\d+ ", "") + "'");
        }
        Optional<String> escalatesTo = Optional.ofNullable(fields.get(ESCALATES_TO))
                .map(n -> SlaStandards.normalise(scalar(n, path + "." + ESCALATES_TO)));
        Optional<SlaDuration> escalateWithin = Optional.ofNullable(fields.get(ESCALATE_WITHIN))
                .flatMap(n -> allowance(n, path + "." + ESCALATE_WITHIN));
        if (fields.containsKey(ESCALATE_WITHIN) && escalatesTo.isEmpty()) {
            throw fault(path + "." + ESCALATE_WITHIN, fields.get(ESCALATE_WITHIN), "needs " + ESCALATES_TO);
        }
        if (escalatesTo.filter(key::equals).isPresent()) {
            throw fault(path + "." + ESCALATES_TO, fields.get(ESCALATES_TO), "a case type cannot escalate to itself");
        }
        CaseType type = new CaseType(key, scalar(nameNode, path + ".name").trim(),
                Optional.ofNullable(fields.get("source")).map(n -> scalar(n, path + ".source").trim()).orElse(""),
                response, extension, clockStop(fields.get("clock-stop"), path + ".clock-stop"), escalatesTo,
                escalateWithin);
        return new TypedRule(type, rule);
    }

    private CaseType.ClockStop clockStop(Node node, String key) {
        if (node == null) {
            return CaseType.ClockStop.PAUSE;
        }
        String text = scalar(node, key).trim().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "pause" -> CaseType.ClockStop.PAUSE;
            case "restart" -> CaseType.ClockStop.RESTART;
            default -> throw fault(key, node, "'" + text + "' is neither 'pause' (go on from where the clock stopped)"
                    + " nor 'restart' (start again in full when the citizen answers)");
        };
    }

    private static Set<String> milestoneKeys() {
        return Arrays.stream(Milestone.values()).map(Milestone::configKey).collect(Collectors.toSet());
    }

    private List<SlaStandards.Rule> overrideRules(Node node, Set<String> caseTypes) {
        if (!(node instanceof SequenceNode list)) {
            throw fault("overrides", node, "must be a list of rules, each starting '- when:'");
        }
        List<SlaStandards.Rule> rules = new ArrayList<>();
        Map<Map<SlaStandards.Condition, String>, String> seen = new LinkedHashMap<>();
        for (int i = 0; i < list.getValue().size(); i++) {
            String key = "overrides[" + i + "]";
            Node ruleNode = list.getValue().get(i);
            Map<String, Node> fields = mapping(ruleNode, key, null);
            Node whenNode = required(fields, WHEN, ruleNode, key);
            Map<SlaStandards.Condition, String> when = conditions(whenNode, key + "." + WHEN);
            String caseType = when.get(SlaStandards.Condition.CASE_TYPE);
            if (caseType != null && !caseTypes.contains(caseType)) {
                throw fault(key + "." + WHEN + ".case-type", whenNode, "unknown case type '" + caseType
                        + "'; define it under " + CASE_TYPES + (caseTypes.isEmpty() ? "" : " or use one of "
                        + String.join(", ", caseTypes)));
            }
            String earlier = seen.putIfAbsent(when, key);
            if (earlier != null) {
                throw fault(key + "." + WHEN, ruleNode, "same conditions as " + earlier + "; merge the two rules");
            }
            rules.add(rule(when, mapping(ruleNode, key, overrideKeys()), ruleNode, key, true));
        }
        return rules;
    }

    private Map<SlaStandards.Condition, String> conditions(Node node, String key) {
        Map<String, SlaStandards.Condition> byKey = Arrays.stream(SlaStandards.Condition.values())
                .collect(Collectors.toMap(c -> c.configKey, c -> c));
        Map<SlaStandards.Condition, String> when = new EnumMap<>(SlaStandards.Condition.class);
        mapping(node, key, byKey.keySet()).forEach((name, valueNode) -> {
            String value = SlaStandards.normalise(scalar(valueNode, key + "." + name));
            if (name.equals(SlaStandards.Condition.CHANNEL.configKey)) {
                requireChannel(value, key + "." + name, valueNode);
            }
            when.put(byKey.get(name), value);
        });
        if (when.isEmpty()) {
            throw fault(key, node, "names no condition; give at least one of " + String.join(", ", byKey.keySet()));
        }
        return when;
    }

    private static Set<String> overrideKeys() {
        Set<String> allowed = new HashSet<>(milestoneKeys());
        allowed.add(WARNING_THRESHOLD);
        allowed.add(WHEN);
        return allowed;
    }

    private static Set<String> channelKeys() {
        Set<String> allowed = new HashSet<>(milestoneKeys());
        allowed.add(WARNING_THRESHOLD);
        return allowed;
    }

    /**
     * A channel block, a case type or an override: milestone allowances and an optional warning threshold.
     *
     * @param mustSetSomething an override that sets nothing is a mistake
     */
    private SlaStandards.Rule rule(Map<SlaStandards.Condition, String> when, Map<String, Node> fields, Node node,
                                   String key, boolean mustSetSomething) {
        Map<Milestone, Optional<SlaDuration>> milestones = new EnumMap<>(Milestone.class);
        for (Milestone milestone : Milestone.values()) {
            Node value = fields.get(milestone.configKey());
            if (value != null) {
                milestones.put(milestone, allowance(value, key + "." + milestone.configKey()));
            }
        }
        Integer threshold = fields.containsKey(WARNING_THRESHOLD)
                ? percent(fields.get(WARNING_THRESHOLD), key + "." + WARNING_THRESHOLD)
                : null;
        if (mustSetSomething && milestones.isEmpty() && threshold == null) {
            throw fault(key, node, "sets nothing; give at least one milestone or " + WARNING_THRESHOLD);
        }
        return new SlaStandards.Rule(when, milestones, threshold);
    }

    private Optional<SlaDuration> allowance(Node node, String key) {
        String text = scalar(node, key);
        if (text.trim().equalsIgnoreCase("none")) {
            return Optional.empty();
        }
        return Optional.of(SlaDuration.parse(text).orElseThrow(() -> fault(key, node, "cannot read '" + text
                + "' as an allowance; write e.g. '3 working days', '2 working hours', '48 elapsed hours', "
                + "'1 calendar month', 'immediate' or 'none'")));
    }

    private int percent(Node node, String key) {
        String text = scalar(node, key).trim();
        var m = PERCENT.matcher(text);
        if (!m.matches() || Integer.parseInt(m.group(1)) > 100) {
            throw fault(key, node, "'" + text + "' is not a whole percentage from 0% to 100%, e.g. 75%");
        }
        return Integer.parseInt(m.group(1));
    }

    private WorkingWeek workingWeek(Node node) {
        String key = "calendar.working-hours";
        Set<String> dayKeys = Arrays.stream(DayOfWeek.values())
                .map(d -> d.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Map<DayOfWeek, OpeningHours> hours = new EnumMap<>(DayOfWeek.class);
        mapping(node, key, dayKeys).forEach((day, valueNode) -> {
            String text = scalar(valueNode, key + "." + day);
            if (!text.trim().equalsIgnoreCase("closed")) {
                hours.put(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)), openingHours(text, valueNode, key + "." + day));
            }
        });
        if (hours.isEmpty()) {
            throw fault(key, node, "every day is closed; at least one day needs hours such as 09:00-17:00");
        }
        return new WorkingWeek(hours);
    }

    private OpeningHours openingHours(String text, Node node, String key) {
        try {
            return OpeningHours.parse(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw fault(key, node, "cannot read '" + text + "' as opening hours; write e.g. 09:00-17:00 or 'closed'");
        }
    }

    private ClosedDays closures(Node node) {
        String key = "calendar.closures";
        if (!(node instanceof SequenceNode list)) {
            throw fault(key, node, "must be a list of dates (2026-08-14) or month-days closed every year (12-29)");
        }
        Set<LocalDate> dates = new HashSet<>();
        Set<MonthDay> everyYear = new HashSet<>();
        for (int i = 0; i < list.getValue().size(); i++) {
            Node item = list.getValue().get(i);
            String text = scalar(item, key + "[" + i + "]").trim();
            try {
                if (EVERY_YEAR.matcher(text).matches()) {
                    everyYear.add(MonthDay.parse("--" + text));
                } else {
                    dates.add(LocalDate.parse(text));
                }
            } catch (DateTimeParseException e) {
                throw fault(key + "[" + i + "]", item,
                        "'" + text + "' is neither a date like 2026-08-14 nor a month-day like 12-29");
            }
        }
        return new ClosedDays(dates, everyYear);
    }

    private void requireChannel(String value, String key, Node node) {
        if (Arrays.stream(Channel.values()).noneMatch(c -> c.key().equals(value))) {
            throw fault(key, node, "unknown channel '" + value + "'; expected one of " + channelList());
        }
    }

    /**
     * The mapping's entries by key, in file order; rejects duplicates and, when {@code allowed} is given, keys not in
     * it (catching typos such as 'acknowledge-with').
     */
    private Map<String, Node> mapping(Node node, String key, Set<String> allowed) {
        if (!(node instanceof MappingNode map)) {
            throw fault(key, node, "must be a mapping of 'name: value' entries");
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            String name = scalar(tuple.getKeyNode(), key).trim().toLowerCase(Locale.ROOT);
            String path = key.equals("(top level)") ? name : key + "." + name;
            if (allowed != null && !allowed.contains(name)) {
                String problem = key.equals("channels")
                        ? "unknown channel '" + name + "'; expected one of " + channelList()
                        : "unknown key '" + name + "'; expected one of " + allowed.stream().sorted().collect(Collectors.joining(", "));
                throw fault(path, tuple.getKeyNode(), problem);
            }
            if (entries.put(name, tuple.getValueNode()) != null) {
                throw fault(path, tuple.getKeyNode(), "given twice");
            }
        }
        return entries;
    }

    private Node required(Map<String, Node> entries, String name, Node parent, String parentKey) {
        Node node = entries.get(name);
        if (node == null) {
            String path = parentKey.equals("(top level)") ? name : parentKey + "." + name;
            throw fault(path, parent, "missing");
        }
        return node;
    }

    private String scalar(Node node, String key) {
        if (!(node instanceof ScalarNode scalar)) {
            throw fault(key, node, "must be a single value");
        }
        return scalar.getValue();
    }

    private static String channelList() {
        return Arrays.stream(Channel.values()).map(Channel::key).collect(Collectors.joining(", "));
    }

    private SlaConfigException fault(String key, Node node, String problem) {
        return SlaConfigException.at(source, key + " (line " + (node.getStartMark().getLine() + 1) + ")", problem);
    }
}

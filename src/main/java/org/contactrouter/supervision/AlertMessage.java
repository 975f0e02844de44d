package org.contactrouter.supervision;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What supervisors read: one alert, or a digest of several. The same words go by email and to the webhook.
 *
 * @param subject one line
 * @param text    one line per alert, then the dashboard link
 */
record AlertMessage(String subject, String text) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.UK);

    static AlertMessage of(List<StoredAlert> alerts, ZoneId zone, String dashboardUrl) {
        StringBuilder text = new StringBuilder();
        for (StoredAlert alert : alerts) {
            text.append(line(alert, zone)).append('\n');
        }
        if (dashboardUrl != null && !dashboardUrl.isBlank()) {
            text.append('\n').append("Dashboard: ").append(dashboardUrl).append('\n');
        }
        return new AlertMessage(subject(alerts), text.toString());
    }

    private static String subject(List<StoredAlert> alerts) {
        if (alerts.size() == 1) {
            StoredAlert alert = alerts.get(0);
            return (alert.breach() ? "SLA breach: " : "SLA at risk: ") + alert.reference() + " ("
                    + words(alert.channel()) + ", " + alert.serviceArea() + ")";
        }
        long breaches = alerts.stream().filter(StoredAlert::breach).count();
        return alerts.size() + " SLA alerts: " + breaches + (breaches == 1 ? " breach, " : " breaches, ")
                + (alerts.size() - breaches) + " at risk";
    }

    private static String line(StoredAlert alert, ZoneId zone) {
        return (alert.breach() ? "BREACHED " : "AT RISK  ") + alert.reference() + " " + words(alert.channel()) + "/"
                + alert.serviceArea() + ": " + words(alert.milestone()) + " due "
                + WHEN.format(alert.dueAt().atZone(zone));
    }

    private static String words(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}

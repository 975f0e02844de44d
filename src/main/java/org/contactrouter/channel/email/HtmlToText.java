package org.contactrouter.channel.email;

import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Turns the HTML of an email into safe HTML and into readable plain text. Both go through the same OWASP sanitiser
 * policy: the text is built from the sanitiser's own event stream, so scripts, styles and anything the policy drops
 * never reach the text either.
 */
final class HtmlToText {

    /** Formatting, blocks, tables, links and images: what an officer may need to see of a citizen's email. */
    static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.IMAGES);

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
            "table", "tr", "blockquote", "pre", "hr");

    private HtmlToText() {
    }

    /** The sanitised HTML, safe to show in an officer's browser. */
    static String sanitise(String html) {
        return POLICY.sanitize(html);
    }

    /** Readable text: paragraphs and line breaks kept, list items bulleted, link targets shown after the link. */
    static String toText(String html) {
        TextCollector collector = new TextCollector();
        HtmlSanitizer.sanitize(html, POLICY.apply(collector));
        return collector.text();
    }

    private static final class TextCollector implements HtmlStreamEventReceiver {
        private final StringBuilder out = new StringBuilder();
        private final Deque<Link> links = new ArrayDeque<>();

        private record Link(String href, int textStart) {
        }

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void openTag(String element, List<String> attributes) {
            if (BLOCKS.contains(element)) {
                lineBreak();
            }
            switch (element) {
                case "br" -> out.append('\n');
                case "li" -> {
                    lineBreak();
                    out.append("- ");
                }
                case "td", "th" -> out.append(' ');
                case "a" -> links.push(new Link(attribute(attributes, "href"), out.length()));
                default -> {
                }
            }
        }

        @Override
        public void closeTag(String element) {
            if (BLOCKS.contains(element) || "li".equals(element)) {
                lineBreak();
            }
            if ("p".equals(element) || element.matches("h[1-6]")) {
                out.append('\n');
            }
            if ("a".equals(element) && !links.isEmpty()) {
                Link link = links.pop();
                String shown = out.substring(link.textStart()).trim();
                if (link.href() != null && !link.href().equals(shown)
                        && !link.href().equals("mailto:" + shown)) {
                    out.append(" (").append(link.href()).append(')');
                }
            }
        }

        @Override
        public void text(String text) {
            // HTML collapses runs of white space; a non-breaking space is shown as an ordinary one.
            String collapsed = text.replace('\u00a0', ' ').replaceAll("[ \\t\\r\\n\\f]+", " ");
            if (atLineStart()) {
                collapsed = collapsed.stripLeading();
            }
            out.append(collapsed);
        }

        String text() {
            StringBuilder clean = new StringBuilder();
            for (String line : out.toString().split("\n", -1)) {
                clean.append(line.strip()).append('\n');
            }
            return clean.toString().replaceAll("\n{3,}", "\n\n").strip();
        }

        private void lineBreak() {
            if (!atLineStart()) {
                out.append('\n');
            }
        }

        private boolean atLineStart() {
            int end = out.length();
            while (end > 0 && out.charAt(end - 1) == ' ') {
                end--;
            }
            return end == 0 || out.charAt(end - 1) == '\n';
        }

        private static String attribute(List<String> attributes, String name) {
            for (int i = 0; i + 1 < attributes.size(); i += 2) {
                if (name.equals(attributes.get(i))) {
                    return attributes.get(i + 1);
                }
            }
            return null;
        }
    }
}

package org.contactrouter.channel.email;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateTest {

    @Test
    void substitutesInOnePassSoValuesAreNotReinterpreted() {
        Template template = new Template("t", "Dear ${citizenName}, ref ${reference}.", false);

        assertThat(template.render(Map.of("citizenName", "${reference} $1 \\", "reference", "CR-2026-000001")))
                .isEqualTo("Dear ${reference} $1 \\, ref CR-2026-000001.");
    }

    @Test
    void missingValuesAndUnclosedPlaceholdersAreErrors() {
        assertThatThrownBy(() -> new Template("t", "Hi ${x}", false).render(Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("${x}");
        assertThatThrownBy(() -> new Template("t", "Hi ${x", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unclosed");
    }

    @Property
    void htmlTemplatesNeverLetMarkupThrough(@ForAll String value) {
        String rendered = new Template("t.html", "<p>${v}</p>", true).render(Map.of("v", value));
        String inner = rendered.substring(3, rendered.length() - 4);

        assertThat(inner).doesNotContain("<", ">", "\"", "'");
        assertThat(inner.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&")).isEqualTo(value);
    }
}

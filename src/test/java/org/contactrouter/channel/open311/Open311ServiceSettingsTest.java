package org.contactrouter.channel.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.contactrouter.channel.web.WebChannelProperties.Open311Attribute;
import org.contactrouter.channel.web.WebChannelProperties.Open311Value;
import org.junit.jupiter.api.Test;

/** The start-up checks of a service definition's attributes in ccr.web.open311-services. */
class Open311ServiceSettingsTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void anUnknownDatatypeAndAListWithoutValuesAreRefusedWithTheReason() {
        assertThat(messages(new Open311Attribute("depth", "How deep?", "colour", false, null, null)))
                .containsExactly("must be string, number, datetime, text, singlevaluelist or multivaluelist");
        assertThat(messages(new Open311Attribute("depth", "How deep?", "singlevaluelist", false, null, List.of())))
                .containsExactly("a singlevaluelist or multivaluelist attribute needs values");
        assertThat(messages(new Open311Attribute("depth", "How deep?", "singlevaluelist", true, null,
                List.of(new Open311Value("deep", "Deep"))))).isEmpty();
    }

    private List<String> messages(Open311Attribute attribute) {
        return validator.validate(attribute).stream().map(ConstraintViolation::getMessage).toList();
    }
}

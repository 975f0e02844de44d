package org.contactrouter.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.contactrouter.channel.web.WebChannelProperties.Open311Service;
import org.junit.jupiter.api.Test;

/** The start-up check of ccr.web.topics-cy: the Welsh contact page offers every topic in Welsh. */
class WelshTopicsSettingTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void aTopicWithoutItsWelshLabelStopsTheStart() {
        LinkedHashMap<String, String> topics = new LinkedHashMap<>(Map.of("waste", "Bins", "general", "Something else"));

        assertThat(messages(topics, Map.of("waste", "Biniau", "general", "Rhywbeth arall"))).isEmpty();
        assertThat(messages(topics, Map.of("waste", "Biniau")))
                .containsExactly("topics-cy must give a Welsh label for every topic in topics");
        assertThat(messages(topics, Map.of("waste", "Biniau", "general", " ")))
                .containsExactly("topics-cy must give a Welsh label for every topic in topics");
    }

    private List<String> messages(LinkedHashMap<String, String> topics, Map<String, String> welsh) {
        WebChannelProperties properties = new WebChannelProperties(65536, "http://localhost:8080", topics, welsh,
                List.of(new Open311Service("pothole", "Pothole", null, null, null)), "", false);
        return validator.validate(properties).stream().map(ConstraintViolation::getMessage).toList();
    }
}

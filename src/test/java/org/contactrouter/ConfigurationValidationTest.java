package org.contactrouter;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** A wrong setting stops the application at start-up with a message that names it. */
class ConfigurationValidationTest {

    @Test
    void aMissingInboundQueueNameStopsStartUpAndSaysWhich() {
        assertThatThrownBy(() -> start("--ccr.queues.inbound.web="))
                .hasStackTraceContaining("ccr.queues.inbound.web is missing");
    }

    @Test
    void anOpen311ServiceWithoutACodeStopsStartUp() {
        assertThatThrownBy(() -> start("--ccr.web.open311-services[0].code="))
                .hasStackTraceContaining("open311Services[0].code");
    }

    @Test
    void aMissingCouncilPageStopsStartUpAndSaysWhichFile() {
        assertThatThrownBy(() -> start("--ccr.pages.dir=" + TestDataDirectory.create("no-pages")))
                .hasStackTraceContaining("accessibility.html is missing: the accessibility page is the council's to"
                        + " write");
    }

    @Test
    void aMissingWelshCouncilPageStopsStartUpAndSaysWhichFile() throws Exception {
        Path pages = TestDataDirectory.create("english-pages-only");
        for (String page : List.of("accessibility", "privacy", "cookies")) {
            Files.copy(Path.of("config/templates/pages", page + ".html"), pages.resolve(page + ".html"));
        }
        assertThatThrownBy(() -> start("--ccr.pages.dir=" + pages))
                .hasStackTraceContaining("cy/accessibility.html is missing: the cy/accessibility page is the"
                        + " council's to write");
    }

    @Test
    void aLeaseShorterThanThreeRenewalsStopsStartUpAndSaysWhy() {
        assertThatThrownBy(() -> start("--ccr.cluster.lease-duration=5s"))
                .hasStackTraceContaining("ccr.cluster.lease-duration (PT5S) must be at least 3 times "
                        + "ccr.cluster.renew-interval (PT5S)");
    }

    private static void start(String setting) {
        new SpringApplicationBuilder(ContactRouterApplication.class)
                .run("--ccr.data-dir=" + TestDataDirectory.create("invalid-config"), "--server.port=0", setting)
                .close();
    }
}

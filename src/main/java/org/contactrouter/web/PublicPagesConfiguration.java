package org.contactrouter.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * The pages a public body must publish (accessibility statement, privacy notice, cookies) are the council's own
 * words: Thymeleaf templates in {@code ccr.pages.dir} (config/templates/pages), in English and, in its {@code cy/}
 * folder, in Welsh (Welsh Language Standards), read as the application's own pages are and laid out the same way.
 * Each must exist at start-up, or the application says which is missing.
 */
@Configuration(proxyBeanMethods = false)
public class PublicPagesConfiguration {

    /** The pages, by address: /accessibility, /privacy, /cookies. */
    static final List<String> PAGES = List.of("accessibility", "privacy", "cookies");
    /** Where their Welsh versions are, in the folder and among the view names. */
    static final String WELSH = "cy/";

    @Bean
    SpringResourceTemplateResolver councilPagesResolver(@Value("${ccr.pages.dir:config/templates/pages}") Path dir) {
        Set<String> views = new HashSet<>();
        for (String page : PAGES) {
            for (String view : List.of(page, WELSH + page)) {
                Path file = dir.resolve(view + ".html");
                if (!Files.isReadable(file)) {
                    throw new IllegalStateException("ccr.pages.dir: " + file.toAbsolutePath() + " is missing: the "
                            + view + " page is the council's to write (see config/templates/pages/ in the repository)");
                }
                views.add(view);
            }
        }
        SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
        resolver.setPrefix("file:" + dir.toAbsolutePath() + "/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        // Only these names come from here; every other template is the application's.
        resolver.setResolvablePatterns(views);
        resolver.setOrder(0);
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        return resolver;
    }
}

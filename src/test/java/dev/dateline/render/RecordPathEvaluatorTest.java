package dev.dateline.render;

import dev.dateline.render.view.DateView;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** The record paths give what OGNL gives, whichever of the two evaluates an expression. */
public class RecordPathEvaluatorTest {
    public record Meta(String kind, int count) {
    }

    public record Item(String name, Meta meta) {
        public boolean named() {
            return !name.isEmpty();
        }
    }

    public record Page(String title, String html, Meta meta, List<Item> items, Item missing, List<String> tags,
            Map<String, Integer> counts, DateView date) {
        public String shout() {
            return title.toUpperCase(Locale.ROOT);
        }
    }

    private static final String TEMPLATE = """
            <p th:text="${page.title}">t</p><p th:text="${page.meta.kind}">k</p><p th:text="${page.meta.count}">c</p>
            <p th:utext="${page.html}">h</p><p th:text="${page.shout()}">s</p><p th:text="${page.items}">i</p>
            <p th:text="${page.items.size()}">n</p><p th:text="${undefined}">u</p><p th:if="${page.missing} == null">none</p>
            <p th:text="${page.meta.count == 2 ? 'two' : 'other'}">x</p><p th:attr="data-kind=${page.meta.kind}">a</p>
            <ul><li th:each="item, it : ${page.items}" th:classappend="${item.named()} ? 'named'"><span th:text="${item.name}"></span>
            <span th:text="${item.meta.kind}"></span><span th:unless="${it.last}">,</span></li></ul>
            <p th:text="${ page.title }">spaces</p><p th:text="${true}">literal</p><p th:text="${null}">null</p>
            <p th:if="not ${page.items.isEmpty()}" th:text="${page.items.size()}">n</p><p th:text="${page.tags.isEmpty()}">e</p>
            <p th:text="${page.counts.size()} + ' ' + ${page.counts.isEmpty()}">m</p><p th:text="${page.date.hasLocalText()}">d</p>
            <b th:each="item, it : ${page.items}" th:text="${it.index} + ${it.count} + ${it.size} + ${it.first} + ${it.odd}
                + ${it.even} + ${it.current.name} + ${it.current.meta.count}">s</b>
            """;

    private static final Page PAGE = new Page("Title <b>", "<em>html</em>", new Meta("statement", 2),
            List.of(new Item("a", new Meta("x", 1)), new Item("", new Meta("y", 3))), null, List.of(), Map.of("a", 1),
            new DateView(List.of(), "2017-07-09", " ", false, false));

    private static TemplateEngine engine(boolean recordPaths) {
        TemplateEngine engine = new TemplateEngine();
        if (recordPaths) {
            StandardDialect dialect = new StandardDialect();
            dialect.setVariableExpressionEvaluator(new RecordPathEvaluator());
            engine.setDialect(dialect);
        }
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        engine.setTemplateResolver(resolver);
        return engine;
    }

    private static String render(TemplateEngine engine, String template, Map<String, Object> variables) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariables(variables);
        return engine.process(template, context);
    }

    @Test
    void givesWhatOgnlGives() {
        String ognl = render(engine(false), TEMPLATE, Map.of("page", PAGE));
        String paths = render(engine(true), TEMPLATE, Map.of("page", PAGE));
        assertThat(paths).isEqualTo(ognl).contains("<p>Title &lt;b&gt;</p>").contains("<p>TITLE &lt;B&gt;</p>")
                .contains("<li class=\"named\"><span>a</span>");
    }

    @Test
    void aPathThroughNothingFailsAsInOgnl() {
        String template = "<p th:text=\"${page.missing.name}\">x</p>";
        assertThatThrownBy(() -> render(engine(false), template, Map.of("page", PAGE)))
                .isInstanceOf(TemplateProcessingException.class);
        assertThatThrownBy(() -> render(engine(true), template, Map.of("page", PAGE)))
                .isInstanceOf(TemplateProcessingException.class).hasMessageContaining("page.missing.name");
    }

    @Test
    void anUnknownComponentFailsAsInOgnl() {
        String template = "<p th:text=\"${page.meta.colour}\">x</p>";
        assertThatThrownBy(() -> render(engine(true), template, Map.of("page", PAGE)))
                .isInstanceOf(TemplateProcessingException.class).hasMessageContaining("page.meta.colour");
    }
}

package dev.dateline.render;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;
import org.thymeleaf.util.FastStringWriter;

/**
 * The Thymeleaf engine over a theme folder, configured once. Thread-safe: every page is
 * rendered with a fresh context.
 */
public final class ThemeEngine {
    private final TemplateEngine engine;
    private final MessageBundles messages;

    public ThemeEngine(Path templates) {
        this.messages = new MessageBundles(templates.resolve("messages"));
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(templates.toAbsolutePath() + "/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        StandardDialect dialect = new StandardDialect();
        dialect.setVariableExpressionEvaluator(new RecordPathEvaluator());
        TemplateEngine e = new TemplateEngine();
        e.setDialect(dialect);
        e.setTemplateResolver(resolver);
        e.setMessageResolver(new ThemeMessageResolver(messages));
        this.engine = e;
    }

    public MessageBundles messages() {
        return messages;
    }

    public String render(String template, Locale locale, Map<String, Object> variables) {
        Context context = new Context(locale);
        context.setVariables(variables);
        // a page is some kilobytes: starting there spares the writer growing from a hundred chars
        FastStringWriter out = new FastStringWriter(8192);
        engine.process(template, context, out);
        return out.toString();
    }

    /** Forgets parsed templates, after a template file changed. */
    public void clearCache() {
        engine.clearTemplateCache();
    }
}

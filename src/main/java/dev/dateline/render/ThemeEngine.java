package dev.dateline.render;

import dev.dateline.render.view.Page;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;
import org.thymeleaf.util.EscapedAttributeUtils;
import org.thymeleaf.util.FastStringWriter;

/**
 * The Thymeleaf engine over a theme folder, configured once. Thread-safe: every page is
 * rendered with a fresh context.
 */
public final class ThemeEngine {
    private final TemplateEngine engine;
    private final MessageBundles messages;

    public ThemeEngine(Path templates) {
        this(templates, BuildCache.NONE);
    }

    /** An engine whose {@code #parts} of pages are remembered in {@code cache}. */
    public ThemeEngine(Path templates, BuildCache cache) {
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
        e.addDialect(new ThemeParts(cache, (fragment, locale, model) ->
                renderFragment(fragment, fragment, locale, Map.of(fragment, model))));
        e.setTemplateResolver(resolver);
        e.setMessageResolver(new ThemeMessageResolver(messages));
        this.engine = e;
        prepareInBackground(e);
    }

    /**
     * Sets Thymeleaf up (its dialects, processors and caches: tens of milliseconds) on a thread of its
     * own, while the content is read; the first page waits for it if it is not done. A failure is
     * left for that page to meet again and report.
     *
     * <p>The escaper's tables of named character references are set up there too: the first text a
     * page escapes would otherwise build them (some 20 ms) while every other page waits for them.
     */
    private static void prepareInBackground(TemplateEngine engine) {
        Thread preparing = new Thread(() -> {
            try {
                engine.getConfiguration();
                EscapedAttributeUtils.escapeAttribute(TemplateMode.HTML, "&");
            } catch (RuntimeException e) {
                // the first render initialises again and reports it where diagnostics are printed
            }
        }, "dateline-theme-setup");
        preparing.setDaemon(true);
        preparing.start();
    }

    public MessageBundles messages() {
        return messages;
    }

    /** The whole page, from one call of its template, with each component of the model as a variable. */
    public String render(Page page) {
        Map<String, Object> variables = new HashMap<>();
        for (RecordComponent component : page.getClass().getRecordComponents()) {
            try {
                variables.put(component.getName(), component.getAccessor().invoke(page));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
        return render(page.template(), Set.of(), Locale.forLanguageTag(page.page().lang()), variables);
    }

    public String render(String template, Locale locale, Map<String, Object> variables) {
        return render(template, Set.of(), locale, variables);
    }

    /** The fragment {@code fragment} of {@code template}, its parameters given as variables. */
    public String renderFragment(String template, String fragment, Locale locale, Map<String, Object> variables) {
        return render(template, Set.of(fragment), locale, variables);
    }

    private String render(String template, Set<String> selectors, Locale locale, Map<String, Object> variables) {
        Context context = new Context(locale);
        context.setVariables(variables);
        // a page is some kilobytes: starting there spares the writer growing from a hundred chars
        FastStringWriter out = new FastStringWriter(8192);
        engine.process(template, selectors, context, out);
        return out.toString();
    }

    /** Forgets parsed templates, after a template file changed. */
    public void clearCache() {
        engine.clearTemplateCache();
    }
}

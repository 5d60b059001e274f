package dev.dateline.render;

import dev.dateline.render.view.PageView;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * The expression object {@code #parts} of the theme's templates: {@code ${#parts.render('entry',
 * entry.id, entry)}} renders the fragment {@code entry} of {@code templates/entry.html} with
 * {@code entry} as its variable {@code entry}, inside the page's own template call. The build
 * cache remembers what it gave per page and id, so the preview renders again only the parts of a
 * long page whose model changed.
 */
final class ThemeParts extends AbstractDialect implements IExpressionObjectDialect {
    /** Renders the fragment named as its template, with one variable of the same name. */
    @FunctionalInterface
    interface FragmentRenderer {
        String render(String fragment, Locale locale, Object model);
    }

    /** A part of a page: its template and its id on the page. */
    private record PartKey(String page, String fragment, String id) implements BuildCache.Key<String> {
    }

    private final BuildCache cache;
    private final FragmentRenderer renderer;

    ThemeParts(BuildCache cache, FragmentRenderer renderer) {
        super("dateline-parts");
        this.cache = cache;
        this.renderer = renderer;
    }

    /** What {@code #parts} is in one page's template call. */
    public final class Parts {
        private final String page;
        private final Locale locale;

        private Parts(String page, Locale locale) {
            this.page = page;
            this.locale = locale;
        }

        /** The fragment {@code fragment} of the template of that name, with {@code model} as its variable of that name. */
        public String render(String fragment, String id, Object model) {
            return cache.get(new PartKey(page, fragment, id), () -> List.of(locale, model),
                    () -> renderer.render(fragment, locale, model));
        }
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("parts");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                String page = context.getVariable("page") instanceof PageView view ? view.path() : "";
                return new Parts(page, context.getLocale());
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}

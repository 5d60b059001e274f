package dev.dateline.render;

import java.util.Locale;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/** Resolves {@code #{...}} from the theme's site-wide bundles; a missing message fails the build. */
final class ThemeMessageResolver implements IMessageResolver {
    private final MessageBundles bundles;

    ThemeMessageResolver(MessageBundles bundles) {
        this.bundles = bundles;
    }

    @Override
    public String getName() {
        return "dateline-theme";
    }

    @Override
    public Integer getOrder() {
        return 0;
    }

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
        Messages messages = bundles.forLocale(context.getLocale() == null ? Locale.ROOT : context.getLocale());
        if (messages.find(key).isEmpty()) {
            return null;
        }
        return parameters == null || parameters.length == 0 ? messages.get(key) : messages.format(key, parameters);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
            Object[] parameters) {
        throw new MissingMessageException(key, context.getLocale() == null ? Locale.ROOT : context.getLocale());
    }
}

package dev.dateline.render;

import java.util.Locale;

/** A UI message that no bundle defines: a theme error, reported with the key to add. */
public final class MissingMessageException extends RuntimeException {
    public MissingMessageException(String key, Locale locale) {
        super("the UI message `" + key + "` is missing for language `" + locale.toLanguageTag()
                + "`; add it to templates/messages/messages.properties or messages_" + locale.getLanguage() + ".properties");
    }
}

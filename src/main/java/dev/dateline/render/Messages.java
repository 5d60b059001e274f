package dev.dateline.render;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The UI messages of one language, with the site-wide default bundle behind them. */
public final class Messages {
    private final Locale locale;
    private final Map<String, String> messages;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    Messages(Locale locale, Map<String, String> messages) {
        this.locale = locale;
        this.messages = Map.copyOf(messages);
    }

    public Locale locale() {
        return locale;
    }

    public Optional<String> find(String key) {
        return Optional.ofNullable(messages.get(key));
    }

    public String get(String key) {
        return find(key).orElseThrow(() -> new MissingMessageException(key, locale));
    }

    /** The message with {@link MessageFormat} arguments filled in. */
    public String format(String key, Object... args) {
        String pattern = get(key);
        return args.length == 0 ? pattern : formatOf(key).format(args);
    }

    /** The message split around its {@code {0}}, for wrapping the argument in markup; other arguments are filled in. */
    public Split split(String key, Object... otherArgs) {
        Object[] args = new Object[otherArgs.length + 1];
        args[0] = "\u0000";
        System.arraycopy(otherArgs, 0, args, 1, otherArgs.length);
        String filled = formatOf(key).format(args);
        int at = filled.indexOf('\u0000');
        return at < 0 ? new Split(filled, "") : new Split(filled.substring(0, at), filled.substring(at + 1));
    }

    /**
     * The message's format, parsed once: a copy for each use, as a {@link MessageFormat} is not
     * thread-safe, costs much less than parsing the pattern again for each event.
     */
    private MessageFormat formatOf(String key) {
        return (MessageFormat) formats.computeIfAbsent(key, k -> new MessageFormat(get(k), locale)).clone();
    }

    public record Split(String before, String after) {
    }
}

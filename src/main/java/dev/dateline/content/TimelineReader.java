package dev.dateline.content;

import dev.dateline.content.yaml.YamlMap;
import dev.dateline.content.yaml.YamlNode;
import dev.dateline.model.Actor;
import dev.dateline.model.ActorType;
import dev.dateline.model.EdtfDate;
import dev.dateline.model.Era;
import dev.dateline.model.Event;
import dev.dateline.model.Source;
import dev.dateline.model.Timeline;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads {@code timeline.yaml}; the events are added by the loader. */
final class TimelineReader {
    private TimelineReader() {
    }

    static Optional<LoadedTimeline> read(String id, String siteLanguage, Fields f) {
        Optional<String> title = f.requiredText("title");
        Optional<String> standfirst = f.requiredText("standfirst");
        String language = f.text("language").flatMap(l -> Languages.check(l, f.at("language"), f.diagnostics()))
                .orElse(siteLanguage);
        Optional<EdtfDate> published = f.date("published");
        Optional<String> byline = f.text("byline");
        Optional<String> publication = f.text("publication");
        Set<String> unreadableActors = new HashSet<>();
        Optional<List<Actor>> actors = actors(f, unreadableActors);
        Optional<String> intro = f.text("intro");
        Optional<String> outro = f.text("outro");
        List<Source> sources = f.objects("sources", "a source", SourceReader::read);
        List<Era> eras = f.objects("eras", "an era", TimelineReader::era);
        f.finish();
        if (title.isEmpty() || standfirst.isEmpty()) {
            return Optional.empty();
        }
        Timeline timeline = new Timeline(id, title.get(), standfirst.get(), language, published, byline, publication,
                actors.orElse(List.of()), intro, outro, sources, eras, List.<Event>of());
        return Optional.of(new LoadedTimeline(timeline, actors.isPresent(), unreadableActors, List.of(), Set.of()));
    }

    /** The actors, of which those with errors are left out and noted in {@code unreadable}; empty when there is no list of them at all. */
    private static Optional<List<Actor>> actors(Fields f, Set<String> unreadable) {
        Optional<YamlNode> node = f.node("actors");
        if (node.isEmpty()) {
            f.missing("actors");
            return Optional.empty();
        }
        if (!(node.get() instanceof YamlMap map)) {
            f.diagnostics().error(node.get().location(), "`actors` must map actor ids to actors, not "
                    + node.get().describe(), "write e.g. `trump:` and under it `name: Donald Trump`");
            return Optional.empty();
        }
        List<Actor> actors = new ArrayList<>();
        for (YamlMap.Entry entry : map.entries()) {
            if (!Ids.isValid(entry.key())) {
                f.diagnostics().error(entry.keyLocation(), "`" + entry.key() + "` is not a valid actor id", Ids.hint(entry.key()));
                unreadable.add(entry.key().toLowerCase(Locale.ROOT));
                continue;
            }
            Fields.of(entry.value(), "actor `" + entry.key() + "`", f.diagnostics())
                    .flatMap(a -> actor(entry.key(), a))
                    .ifPresentOrElse(actors::add, () -> unreadable.add(entry.key()));
        }
        return Optional.of(actors);
    }

    private static Optional<Actor> actor(String id, Fields a) {
        Optional<String> name = a.requiredText("name");
        ActorType type = a.text("type").flatMap(t -> actorType(t, a)).orElse(ActorType.PERSON);
        Optional<String> role = a.text("role");
        Optional<String> url = a.text("url").flatMap(u -> Urls.checkHttp(u, a.at("url"), a.diagnostics()));
        a.finish();
        return name.map(n -> new Actor(id, n, type, role, url));
    }

    private static Optional<ActorType> actorType(String text, Fields a) {
        Optional<ActorType> type = ActorType.fromId(text);
        if (type.isEmpty()) {
            a.diagnostics().error(a.at("type"), "unknown actor type `" + text + "`",
                    "use one of: " + String.join(", ", ActorType.ids()) + " (the default is person)");
        }
        return type;
    }

    private static Optional<Era> era(Fields f) {
        Optional<String> title = f.requiredText("title");
        if (f.node("date").isEmpty()) {
            f.missing("date");
        }
        Optional<EdtfDate> date = f.date("date");
        date.filter(d -> !d.isInterval()).ifPresent(d -> f.diagnostics().error(f.at("date"),
                "an era needs an interval, not a single date", "write it as start/end, e.g. 2017-07-07/2017-07-08"));
        return title.flatMap(t -> date.filter(EdtfDate::isInterval).map(d -> new Era(t, d)));
    }
}

package dev.dateline.content;

import dev.dateline.content.yaml.YamlMap;
import dev.dateline.content.yaml.YamlNode;
import dev.dateline.model.Actor;
import dev.dateline.model.EdtfDate;
import dev.dateline.model.Era;
import dev.dateline.model.Event;
import dev.dateline.model.Source;
import dev.dateline.model.Timeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads {@code timeline.yaml}; the events are added by the loader. */
final class TimelineReader {
    private TimelineReader() {
    }

    static Optional<Timeline> read(String id, String siteLanguage, Fields f) {
        Optional<String> title = f.requiredText("title");
        Optional<String> standfirst = f.requiredText("standfirst");
        String language = f.text("language").flatMap(l -> Languages.check(l, f.at("language"), f.diagnostics()))
                .orElse(siteLanguage);
        Optional<EdtfDate> published = f.date("published");
        Optional<String> byline = f.text("byline");
        Optional<String> publication = f.text("publication");
        List<Actor> actors = actors(f);
        Optional<String> intro = f.text("intro");
        Optional<String> outro = f.text("outro");
        List<Source> sources = f.objects("sources", "a source", SourceReader::read);
        List<Era> eras = f.objects("eras", "an era", TimelineReader::era);
        f.finish();
        if (title.isEmpty() || standfirst.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Timeline(id, title.get(), standfirst.get(), language, published, byline, publication,
                actors, intro, outro, sources, eras, List.<Event>of()));
    }

    private static List<Actor> actors(Fields f) {
        List<Actor> actors = new ArrayList<>();
        Optional<YamlNode> node = f.node("actors");
        if (node.isEmpty()) {
            f.missing("actors");
            return actors;
        }
        if (!(node.get() instanceof YamlMap map)) {
            f.diagnostics().error(node.get().location(), "`actors` must map actor ids to actors, not "
                    + node.get().describe(), "write e.g. `trump:` and under it `name: Donald Trump`");
            return actors;
        }
        for (YamlMap.Entry entry : map.entries()) {
            if (!Fields.ID.matcher(entry.key()).matches()) {
                f.diagnostics().error(entry.keyLocation(), "`" + entry.key() + "` is not a valid actor id", Fields.ID_HINT);
                continue;
            }
            Fields.of(entry.value(), "actor `" + entry.key() + "`", f.diagnostics()).ifPresent(a -> {
                Optional<String> name = a.requiredText("name");
                Optional<String> role = a.text("role");
                Optional<String> url = a.text("url").flatMap(u -> Urls.checkHttp(u, a.at("url"), a.diagnostics()));
                a.finish();
                name.ifPresent(n -> actors.add(new Actor(entry.key(), n, role, url)));
            });
        }
        return actors;
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

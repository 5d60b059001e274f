package dev.dateline.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** What an output folder holds: its files, by path from the folder, and its folders. */
record OutputListing(Set<String> files, List<Path> folders) {

    /** Lists {@code root}; empty when it holds a link or anything else that is neither file nor folder. */
    static Optional<OutputListing> of(Path root) throws IOException {
        Set<String> files = new HashSet<>();
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (attributes.isRegularFile()) {
                    files.add(root.relativize(path).toString());
                } else if (!attributes.isDirectory()) {
                    return Optional.empty();
                } else if (!path.equals(root)) {
                    folders.add(path);
                }
            }
        }
        return Optional.of(new OutputListing(files, folders));
    }
}

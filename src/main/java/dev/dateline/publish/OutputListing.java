package dev.dateline.publish;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What an output folder holds: its files, by path from the folder, and its folders. */
record OutputListing(Set<String> files, List<Path> folders) {

    /** Lists {@code root}; empty when it holds a link or anything else that is neither file nor folder. */
    static Optional<OutputListing> of(Path root) throws IOException {
        Set<String> files = new HashSet<>();
        List<Path> folders = new ArrayList<>();
        boolean[] onlyFilesAndFolders = {true};
        // the walk does not follow links, and hands over each entry's attributes with it
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                if (!dir.equals(root)) {
                    folders.add(dir);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (!attributes.isRegularFile()) {
                    onlyFilesAndFolders[0] = false;
                    return FileVisitResult.TERMINATE;
                }
                files.add(root.relativize(file).toString());
                return FileVisitResult.CONTINUE;
            }
        });
        return onlyFilesAndFolders[0] ? Optional.of(new OutputListing(files, folders)) : Optional.empty();
    }
}

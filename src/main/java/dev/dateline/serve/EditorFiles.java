package dev.dateline.serve;

import java.util.regex.Pattern;

/** The names of the temporary, backup, swap and lock files that editors and desktops leave beside a file. */
final class EditorFiles {
    private static final Pattern TEMPORARY = Pattern.compile(String.join("|",
            "\\.#.*",                      // Emacs lock
            "#.*#",                        // Emacs auto-save
            ".*~",                         // backups (Vim, Emacs, nano)
            "\\..*\\.sw[a-p]", ".*\\.swpx", // Vim swap files
            "4913",                        // Vim's probe that it may write in a folder
            ".*___jb_(tmp|old)___",        // JetBrains safe write
            "\\.goutputstream-.*",         // GNOME
            ".*\\.kate-swp",               // Kate
            "\\.DS_Store", "Thumbs\\.db"));

    private EditorFiles() {
    }

    static boolean isTemporary(String name) {
        return TEMPORARY.matcher(name).matches();
    }
}

package dev.dateline.cli;

import dev.dateline.starter.Release;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --release}: a published Dateline release as a workflow names its action, {@code owner/name@vX.Y.Z}. */
final class ReleaseConverter implements ITypeConverter<Release> {
    @Override
    public Release convert(String text) {
        return Release.parse(text).orElseThrow(() -> new TypeConversionException(
                "a Dateline release as OWNER/REPOSITORY@vX.Y.Z, such as newsroom/dateline@v0.2.0, is needed, not `" + text + "`"));
    }
}

package dev.dateline.cli;

import dev.dateline.model.BaseUrl;
import java.net.URI;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --base-url}: an absolute http(s) URL, made to end in a slash; anything else is a usage error. */
final class BaseUrlConverter implements ITypeConverter<URI> {
    @Override
    public URI convert(String text) {
        return BaseUrl.parse(text).orElseThrow(() -> new TypeConversionException(
                "an absolute http(s) URL such as https://owner.github.io/repo/ is needed, not `" + text + "`"));
    }
}

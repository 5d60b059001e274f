package dev.dateline.serve;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Host} header values the preview answers: names of itself ({@code localhost},
 * {@code 127.0.0.1}, {@code [::1]}, the address it listens on) and the names added with
 * {@code --allow-host}, each bare or with the preview's port. A page on another site that
 * points its own name at 127.0.0.1 (DNS rebinding) sends its own name, and is refused.
 */
public final class AllowedHosts {
    /** A host name or IPv4 address, or an IPv6 address in brackets; then an optional port. */
    private static final Pattern HOST = Pattern.compile("(\\[[0-9A-Fa-f:.%]+]|[A-Za-z0-9.-]+)(?::(\\d{1,5}))?");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");

    private final Set<String> names = new HashSet<>();
    private final Set<InetAddress> addresses = new HashSet<>();
    private final int port;

    AllowedHosts(InetSocketAddress bound, List<String> extra) {
        this.port = bound.getPort();
        names.add("localhost");
        addresses.add(InetAddress.getLoopbackAddress());
        literal("127.0.0.1").ifPresent(addresses::add);
        literal("[::1]").ifPresent(addresses::add);
        if (!bound.getAddress().isAnyLocalAddress()) {
            addresses.add(bound.getAddress());
        }
        for (String name : extra) {
            String host = name.toLowerCase(Locale.ROOT);
            literal(host).ifPresentOrElse(addresses::add, () -> names.add(host));
        }
    }

    /** Whether {@code name} is fit for {@code --allow-host}: a host name or an IP address, without a port. */
    public static boolean isHostName(String name) {
        Matcher m = HOST.matcher(name);
        return m.matches() && m.group(2) == null;
    }

    /** Whether a request with this {@code Host} header (null when it has none) is answered. */
    boolean allows(String header) {
        if (header == null) {
            return false;
        }
        Matcher m = HOST.matcher(header.strip());
        if (!m.matches() || m.group(2) != null && Integer.parseInt(m.group(2)) != port) {
            return false;
        }
        String host = m.group(1).toLowerCase(Locale.ROOT);
        Optional<InetAddress> address = literal(host);
        return address.isPresent() ? addresses.contains(address.get()) : names.contains(host);
    }

    /** The address an IP literal names (no name is looked up); empty for a host name. */
    private static Optional<InetAddress> literal(String host) {
        boolean v6 = host.startsWith("[") && host.endsWith("]");
        if (!v6 && !IPV4.matcher(host).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(v6 ? host.substring(1, host.length() - 1) : host));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}

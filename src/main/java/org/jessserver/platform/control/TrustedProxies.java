package org.jessserver.platform.control;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which address a request came from: the direct peer's, unless that peer is one of our trusted proxies
 * (JESS_TRUSTED_PROXIES: IP addresses and CIDR ranges), in which case the X-Forwarded-For chain is read
 * from the right up to the first address that is not a trusted proxy. Anyone else can write any
 * X-Forwarded-For, so it counts for nothing from them.
 */
public final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(\\.\\d{1,3}){3}):\\d+");
    private static final Pattern BRACKETED_IPV6 = Pattern.compile("\\[([0-9A-Fa-f:.]+)\\](:\\d+)?");
    private static final int ECHO_LIMIT = 100;

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** Reads a comma-separated list such as "10.0.0.1, 192.168.0.0/16, ::1, fd00::/8"; names are refused. */
    public static TrustedProxies parse(String setting) {
        List<Range> ranges = new ArrayList<>();
        for (String item : (setting == null ? "" : setting).split(",")) {
            if (!item.isBlank()) {
                ranges.add(Range.parse(item.trim()));
            }
        }
        return new TrustedProxies(List.copyOf(ranges));
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** The client's address, from the direct peer's address and the X-Forwarded-For header lines in order. */
    public String clientOf(String peer, List<String> forwardedFor) {
        if (!isTrusted(peer)) {
            return canonical(peer);
        }
        List<String> hops = new ArrayList<>();
        for (String line : forwardedFor) {
            Arrays.stream(line.split(",")).map(String::trim).filter(h -> !h.isEmpty()).forEach(hops::add);
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!isTrusted(hops.get(i))) {
                return canonical(hops.get(i));
            }
        }
        // every hop is a proxy of ours: the first one is where the request started
        return hops.isEmpty() ? canonical(peer) : canonical(hops.get(0));
    }

    private boolean isTrusted(String address) {
        Optional<InetAddress> a = literal(address);
        return a.isPresent() && ranges.stream().anyMatch(r -> r.contains(a.get()));
    }

    /** The address as InetAddress writes it, or the text itself (shortened) when it is not an address. */
    private static String canonical(String address) {
        return literal(address).map(InetAddress::getHostAddress)
                .orElse(address.length() > ECHO_LIMIT ? address.substring(0, ECHO_LIMIT) : address);
    }

    /** An IP address written as such (with a port or in brackets too); never a DNS lookup. */
    public static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        var bracketed = BRACKETED_IPV6.matcher(t);
        var withPort = IPV4_WITH_PORT.matcher(t);
        if (bracketed.matches()) {
            t = bracketed.group(1);
        } else if (withPort.matches()) {
            t = withPort.group(1);
        }
        int zone = t.indexOf('%');
        if (zone >= 0) {
            t = t.substring(0, zone);
        }
        // a name would be looked up in DNS: only literals go to InetAddress
        if (!IPV4.matcher(t).matches() && !(t.contains(":") && t.matches("[0-9A-Fa-f:.]+"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(t));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** An address and the number of leading bits that must match it. */
    private record Range(byte[] network, int bits) {

        static Range parse(String item) {
            String[] parts = item.split("/", 2);
            InetAddress a = literal(parts[0]).orElseThrow(() -> invalid(item));
            int max = a.getAddress().length * 8;
            int bits = max;
            if (parts.length == 2) {
                try {
                    bits = Integer.parseInt(parts[1].trim());
                } catch (NumberFormatException e) {
                    throw invalid(item);
                }
                if (bits < 0 || bits > max) {
                    throw invalid(item);
                }
            }
            return new Range(a.getAddress(), bits);
        }

        boolean contains(InetAddress address) {
            byte[] b = address.getAddress();
            if (b.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((b[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        private static IllegalArgumentException invalid(String item) {
            return new IllegalArgumentException("jess.trusted.proxies: '" + item
                    + "' is not an IP address or CIDR range (such as 10.0.0.1, 10.0.0.0/8 or fd00::/8)");
        }
    }
}

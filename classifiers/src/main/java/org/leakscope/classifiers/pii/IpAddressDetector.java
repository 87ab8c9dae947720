package org.leakscope.classifiers.pii;

import java.util.List;
import org.leakscope.classifiers.detect.ContextWords;
import org.leakscope.classifiers.detect.PatternDetector;
import org.leakscope.classifiers.text.ScanText;

/**
 * IPv4 and full or compressed IPv6 addresses. Version strings (v1.2.3.4, "release 10.2.0.1", "firmware
 * 2.10.3.4") and OIDs look the same, so a version label nearer than an IP label drops the hit.
 */
public final class IpAddressDetector extends PatternDetector {

    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final String H = "[0-9A-Fa-f]{1,4}";

    public IpAddressDetector() {
        super("ip_address", "IP_ADDRESS", List.of(
                        // a full stop may end the sentence after it ("I'm writing from 45.127.39.228."); a dot before another
                        // word character goes on a longer dotted name or number
                        Rule.of("ipv4", "(?<![\\w.])(?<v>" + OCTET + "(?:\\." + OCTET + "){3})(?!\\w|\\.\\w)", 0.6),
                        Rule.of("ipv6-full", "(?<![\\w:])(?<v>(?:" + H + ":){7}" + H + ")(?![\\w:])", 0.6)
                                .anchoredAt(':', 4), // the first ':' follows at most 4 hex digits
                        Rule.of("ipv6-compressed",
                                "(?<![\\w:])(?<v>(?:" + H + ":){1,6}:(?:" + H + ":){0,5}" + H + ")(?![\\w:])", 0.5)
                                .anchoredAt(':', 4)),
                ContextWords.of("ip", "ip address", "ipアドレス", "client", "remote", "src", "source", "host", "from"),
                // a release, build or firmware number and a netmask are dotted quads that address nobody
                ContextWords.of("version", "ver", "v", "oid", "バージョン", "release", "build", "firmware", "fw", "rev",
                        "revision", "patch", "netmask", "subnet mask", "ビルド", "リリース", "ファームウェア",
                        // a version compared or moved to: "agents older than 10.1.0.2", "upgraded to 10.4.0.1"
                        "older than", "newer than", "or later", "or newer", "and later", "upgrade", "upgraded",
                        "downgrade", "downgraded", "bump", "bumped", "fix version"));
    }

    /**
     * A dotted quad shaped like a version (3.14.1.2: first part one digit, the others 30 or less) is an IP address
     * only with an IP label near: without one its score stays under the report threshold ("agent 3.14.1.2;
     * rollback to 3.13.0.9" was reported). Random addresses are so shaped about twice in a thousand.
     */
    @Override
    protected List<Hit> candidates(ScanText t) {
        List<Hit> hits = super.candidates(t);
        // whether the text cites the documentation RFCs, asked once an item and only of a documentation address:
        // a log can hold thousands of them
        Boolean[] citesRfc = {null};
        hits.removeIf(h -> documentation(h.raw()) && (EXAMPLE_CUE.matcher(t.contextBefore(h.start(), 40)).find()
                || (citesRfc[0] != null ? citesRfc[0] : (citesRfc[0] = CITES_RFC.matcher(t.text()).find()))));
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (versionShaped(h.raw())) {
                // "Upgrade path from 1.9.0.4": "from" lifts an address in a log line, not a version; such a quad
                // needs a word that names an address (IP, host, client, source) or a network event (login, ssh,
                // connection) before it
                double score = IP_WORDS.foundIn(t.contextBefore(h.start(), 40)) ? VERSION_SHAPED_SCORE
                        : VERSION_SHAPED_SCORE - 0.2;
                hits.set(i, new Hit(h.start(), h.end(), h.raw(), score, h.rule()));
            }
        }
        return hits;
    }

    /**
     * A documentation-range address in a runbook, manual or template that says so (cites RFC 5737 / 3849, or "e.g.",
     * 例 just before it) is an example: no host, so no person, has it. The pattern finds a citation of their RFCs.
     */
    private static final java.util.regex.Pattern CITES_RFC = java.util.regex.Pattern.compile(
            "(?i)rfc ?(?:5737|3849)|documentation (?:address|range|prefix)");
    /** An example cue just before an address: "e.g. 203.0.113.45", "（例：192.0.2.1）", "for example". */
    private static final java.util.regex.Pattern EXAMPLE_CUE = java.util.regex.Pattern.compile(
            // not a domain's "example" (user=o.ono@corp.example.co.jp src=198.51.100.3 is a log's real line)
            "(?i)(?<![\\w.@/-])(?:e\\.g\\.|examples?|sample|placeholder)(?![\\w-]|\\.\\w)|例");

    /** The context words that name an address or a network event (not "from", which a version's upgrade path takes too). */
    private static final ContextWords IP_WORDS = ContextWords.of("ip", "ip address", "ipアドレス", "client", "remote",
            "src", "source", "host", "addr", "address", "login", "logon", "log in", "sign-in", "signed in", "ssh",
            "connection", "connected", "request", "requests", "access", "session", "peer", "ping", "traffic");

    /** Under the default report threshold (0.5); with the label boost (0.2) over it. */
    static final double VERSION_SHAPED_SCORE = 0.4;

    static boolean versionShaped(String value) {
        String[] parts = value.split("\\.");
        if (parts.length != 4 || parts[0].length() != 1) {
            return false;
        }
        for (int i = 1; i < 4; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 2 || Integer.parseInt(parts[i]) > 30) {
                return false;
            }
        }
        return true;
    }

    @Override
    protected boolean invalidate(String value) {
        // 0.x is "this network"; 255.x is a netmask (255.255.255.0) or the broadcast address, never a host
        return value.startsWith("0.") || value.startsWith("255.");
    }

    /**
     * The ranges set aside for documentation (RFC 5737: 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24; RFC 3849:
     * 2001:db8::/32). Test data and redacted logs write them for real addresses ("Login attempts from 203.0.113.54"),
     * so one counts unless its text says it is an example ({@link #candidates}).
     */
    static boolean documentation(String value) {
        String v = value.toLowerCase(java.util.Locale.ROOT);
        return v.startsWith("192.0.2.") || v.startsWith("198.51.100.") || v.startsWith("203.0.113.")
                || v.startsWith("2001:db8:") || v.startsWith("2001:0db8:");
    }

    @Override
    protected double contextBoost() {
        return 0.2;
    }

    @Override
    protected String mask(String value) {
        int cut = value.indexOf(value.contains(":") ? ':' : '.');
        return value.substring(0, cut) + (value.contains(":") ? ":****" : ".*.*.*");
    }
}

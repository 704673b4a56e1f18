package org.nnplayground.core.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The settings a link holds, in the order it writes them; encoding and decoding are loops over
 * these rows, so a new setting is one more row (see {@link LinkFields}). Immutable.
 */
final class LinkTable {
    private final List<LinkField<?>> fields;

    LinkTable(List<LinkField<?>> fields) {
        Set<String> keys = new LinkedHashSet<>();
        for (LinkField<?> f : fields) {
            if (!keys.add(f.key())) {
                throw new IllegalArgumentException("the key '" + f.key() + "' is in the table twice");
            }
        }
        this.fields = List.copyOf(fields);
    }

    /** The rows, in the order links write them. */
    List<LinkField<?>> fields() {
        return fields;
    }

    /** This table with {@code extra} as its last row. */
    LinkTable with(LinkField<?> extra) {
        List<LinkField<?>> all = new ArrayList<>(fields);
        all.add(extra);
        return new LinkTable(all);
    }

    /** The row of {@code key}, or null. */
    LinkField<?> field(String key) {
        for (LinkField<?> f : fields) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        return null;
    }

    /** The fragment (without '#') for {@code link}: every row that has a value, key=value joined by '&'. */
    String encode(LinkState link) {
        StringBuilder s = new StringBuilder();
        for (LinkField<?> f : fields) {
            String text = f.write(link);
            if (text == null) {
                continue;
            }
            if (s.length() > 0) {
                s.append('&');
            }
            s.append(f.key()).append('=').append(Fragment.encode(text));
        }
        return s.toString();
    }

    /**
     * The settings of {@code pairs} over {@code base}: each known key read by its row (the first of
     * a repeated key), the rest named in {@code notices}, as is each value that was cut or ignored.
     */
    Draft read(List<Fragment.Pair> pairs, LinkState base, List<String> notices) {
        Draft d = new Draft(base);
        Set<String> seen = new LinkedHashSet<>();
        for (Fragment.Pair p : pairs) {
            if (!seen.add(p.key())) {
                notices.add("The setting '" + LinkText.shown(p.key()) + "' appears more than once; the first was used.");
                continue;
            }
            LinkField<?> f = field(p.key());
            if (f == null) {
                notices.add("Ignored the unknown setting '" + LinkText.shown(p.key()) + "'.");
                continue;
            }
            try {
                d.read(f, p.value(), notices);
            } catch (IllegalArgumentException e) {
                notices.add(e.getMessage());
            }
        }
        return d;
    }
}

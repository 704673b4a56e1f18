package org.nnplayground.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nnplayground.core.link.LinkCodec;
import org.teavm.jso.dom.html.HTMLElement;

/** The playgrounds mounted by the embed script, by number; each is independent of the others. */
final class Instances {
    private static final Map<Integer, PlaygroundPage> PAGES = new HashMap<>();
    private static int next = 1;

    private Instances() {
    }

    static int mount(HTMLElement element, String fragment, boolean autoplay) {
        LinkCodec.Decoded decoded = LinkCodec.decode(fragment);
        PlaygroundPage page = new PlaygroundPage(element, decoded.link(), false);
        page.showNotices(decoded.notices());
        page.start(autoplay);
        int id = next++;
        PAGES.put(id, page);
        return id;
    }

    /** The instance, or null when there is none (destroyed, or never made). */
    static PlaygroundPage get(int id) {
        return PAGES.get(id);
    }

    static void destroy(int id) {
        PlaygroundPage page = PAGES.remove(id);
        if (page != null) {
            page.destroy();
        }
    }

    static String setLink(int id, String fragment) {
        PlaygroundPage page = get(id);
        if (page == null) {
            return "There is no playground " + id + ".";
        }
        LinkCodec.Decoded decoded = LinkCodec.decode(fragment);
        page.applyLink(decoded.link());
        List<String> notices = decoded.notices();
        page.showNotices(notices);
        return String.join("\n", notices);
    }
}

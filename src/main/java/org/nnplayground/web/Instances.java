package org.nnplayground.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nnplayground.core.link.LinkCodec;
import org.nnplayground.core.train.EpochLog;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The playgrounds mounted by the embed script, by number; each is independent of the others. Each
 * keeps an {@link EpochLog} of the epochs it completed, which the embed script takes once per frame
 * to fire its "epoch" events.
 */
final class Instances {
    private static final Map<Integer, PlaygroundPage> PAGES = new HashMap<>();
    private static final Map<Integer, EpochLog> LOGS = new HashMap<>();
    private static int next = 1;

    private Instances() {
    }

    static int mount(HTMLElement element, String fragment, boolean autoplay) {
        LinkCodec.Decoded decoded = LinkCodec.decode(fragment);
        PlaygroundPage page = new PlaygroundPage(element, decoded.link(), false);
        EpochLog log = new EpochLog();
        page.session().onEpoch(log);
        page.showNotices(decoded.notices());
        page.start(autoplay);
        int id = next++;
        PAGES.put(id, page);
        LOGS.put(id, log);
        return id;
    }

    /** The instance, or null when there is none (destroyed, or never made). */
    static PlaygroundPage get(int id) {
        return PAGES.get(id);
    }

    /** The instance's epoch log, or null when there is no such instance. */
    static EpochLog log(int id) {
        return LOGS.get(id);
    }

    static void destroy(int id) {
        PlaygroundPage page = PAGES.remove(id);
        LOGS.remove(id);
        if (page != null) {
            page.destroy();
        }
    }

    /**
     * Opens a link fragment in the instance and keeps it playing or paused as it was: a script that
     * changes the settings of a paused playground does not start it (opening a link on the page itself
     * replays its run, see {@link PlaygroundPage#applyLink}). Returns the notices, one per line.
     */
    static String setLink(int id, String fragment) {
        PlaygroundPage page = get(id);
        if (page == null) {
            return "There is no playground " + id + ".";
        }
        boolean wasPlaying = page.session().playing();
        LinkCodec.Decoded decoded = LinkCodec.decode(fragment);
        page.applyLink(decoded.link());
        page.act(wasPlaying ? page.session()::play : page.session()::pause);
        List<String> notices = decoded.notices();
        page.showNotices(notices);
        return String.join("\n", notices);
    }
}

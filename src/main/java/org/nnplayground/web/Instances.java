package org.nnplayground.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.link.LinkCodec;
import org.nnplayground.core.train.EpochLog;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The playgrounds mounted by the embed script, by number; each is independent of the others. Each
 * keeps an {@link EpochLog} of the epochs it completed, which the embed script takes once per frame
 * to fire its "epoch" events. A playground is of the kind its link says (points, or sequences and
 * images), and turns into the other kind in place, under the same number, when its problem menu or a
 * new link asks for it.
 */
final class Instances {
    private static final Map<Integer, Instance> PAGES = new HashMap<>();
    private static final Map<Integer, EpochLog> LOGS = new HashMap<>();
    private static final Map<Integer, HTMLElement> ELEMENTS = new HashMap<>();
    private static int next = 1;

    private Instances() {
    }

    static int mount(HTMLElement element, String fragment, boolean autoplay) {
        int id = next++;
        EpochLog log = new EpochLog();
        LOGS.put(id, log);
        ELEMENTS.put(id, element);
        build(id, fragment, autoplay);
        return id;
    }

    /** Builds instance {@code id} of the kind {@code fragment} says, in its element; returns the notices. */
    private static List<String> build(int id, String fragment, boolean autoplay) {
        HTMLElement element = ELEMENTS.get(id);
        EpochLog log = LOGS.get(id);
        if (LabLinks.isLab(fragment)) {
            LabLinks.Decoded decoded = LabLinks.decode(fragment);
            LabPage page = new LabPage(element, decoded, points -> swap(id, points), false);
            page.session().onEpoch(log);
            page.start(autoplay);
            PAGES.put(id, Instance.of(page));
            return decoded.notices();
        }
        LinkCodec.Decoded decoded = LinkCodec.decode(fragment);
        PlaygroundPage page = new PlaygroundPage(element, decoded.link(), false);
        page.session().onEpoch(log);
        page.showNotices(decoded.notices());
        page.onOpenLab(problem -> swap(id, LabLinks.KEY + "=" + problem));
        page.start(autoplay);
        PAGES.put(id, Instance.of(page));
        return decoded.notices();
    }

    /** Turns instance {@code id} into the other kind of playground, opening {@code fragment}. */
    private static List<String> swap(int id, String fragment) {
        Instance old = PAGES.remove(id);
        boolean playing = old != null && old.playing();
        if (old != null) {
            old.destroy();
        }
        return build(id, fragment, playing);
    }

    /** The instance, or null when there is none (destroyed, or never made). */
    static Instance get(int id) {
        return PAGES.get(id);
    }

    /** The instance's points playground, or null when there is none or it shows sequences or images. */
    static PlaygroundPage points(int id) {
        Instance i = PAGES.get(id);
        return i == null ? null : i.points();
    }

    /** The instance's epoch log, or null when there is no such instance. */
    static EpochLog log(int id) {
        return LOGS.get(id);
    }

    static void destroy(int id) {
        Instance page = PAGES.remove(id);
        LOGS.remove(id);
        ELEMENTS.remove(id);
        if (page != null) {
            page.destroy();
        }
    }

    /**
     * Opens a link fragment in the instance and keeps it playing or paused as it was: a script that
     * changes the settings of a paused playground does not start it (opening a link on the page itself
     * replays its run, see {@link PlaygroundPage#applyLink}). A link of the other kind turns the
     * instance into that kind. Returns the notices, one per line.
     */
    static String setLink(int id, String fragment) {
        Instance instance = get(id);
        if (instance == null) {
            return "There is no playground " + id + ".";
        }
        boolean wasPlaying = instance.playing();
        boolean lab = LabLinks.isLab(fragment);
        List<String> notices;
        if (lab != (instance.points() == null)) {
            notices = swap(id, fragment);
            instance = get(id);
        } else if (lab) {
            LabLinks.Decoded decoded = LabLinks.decode(fragment);
            instance.lab().applyLink(decoded);
            notices = decoded.notices();
        } else {
            PlaygroundPage page = instance.points();
            LinkCodec.Decoded decoded = LinkCodec.decode(fragment);
            page.applyLink(decoded.link());
            page.showNotices(decoded.notices());
            notices = decoded.notices();
        }
        if (wasPlaying) {
            instance.play();
        } else {
            instance.pause();
        }
        return String.join("\n", notices);
    }
}

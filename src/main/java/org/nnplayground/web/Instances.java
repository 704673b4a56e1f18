package org.nnplayground.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nnplayground.core.train.EpochLog;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The playgrounds mounted by the embed script, by number; each is independent of the others. Each
 * keeps an {@link EpochLog} of the epochs it completed, which the embed script takes once per frame
 * to fire its "epoch" events. A playground is of the kind its link says (points, or sequences and
 * images). When its problem menu or a new link asks for the other kind, it turns into that kind in
 * place, under the same number, if this module carries it ({@link EmbedKinds}); else it is handed
 * over: the playground leaves the element, and the element gets an {@code nnp-kind} event with the
 * link and whether it was playing, on which the embed script mounts the link in the module of that
 * kind (its log stays until the script destroys the number).
 */
final class Instances {
    private static final Map<Integer, Instance> PAGES = new HashMap<>();
    private static final Map<Integer, EpochLog> LOGS = new HashMap<>();
    private static final Map<Integer, HTMLElement> ELEMENTS = new HashMap<>();
    private static final Map<Integer, String> NOTICES = new HashMap<>();
    private static EmbedKinds kinds;
    private static int next = 1;

    private Instances() {
    }

    /** Makes {@code madeHere} the kinds this module's embeds are of; the entry point chooses before any mount. */
    static void use(EmbedKinds madeHere) {
        kinds = madeHere;
    }

    /**
     * Mounts {@code fragment} into {@code element}; returns its number. A link of a kind this module
     * does not carry is handed over at once.
     */
    static int mount(HTMLElement element, String fragment, boolean autoplay) {
        int id = next++;
        LOGS.put(id, new EpochLog());
        ELEMENTS.put(id, element);
        NOTICES.put(id, "");
        if (kinds.carries(fragment)) {
            build(id, fragment, autoplay);
        } else {
            handOver(element, fragment, autoplay);
        }
        return id;
    }

    /** Builds instance {@code id} of the kind {@code fragment} says, in its element; returns the notices. */
    private static List<String> build(int id, String fragment, boolean autoplay) {
        List<String> notices = new ArrayList<>();
        Instance made = kinds.make(ELEMENTS.get(id), fragment, autoplay, LOGS.get(id),
                link -> changeKind(id, link), notices);
        PAGES.put(id, made);
        NOTICES.put(id, String.join("\n", notices));
        return notices;
    }

    /**
     * Turns instance {@code id} into the other kind of playground, opening {@code fragment}, here or
     * (handed over) in the module of that kind; returns the notices, none when handed over.
     */
    private static List<String> changeKind(int id, String fragment) {
        Instance old = PAGES.remove(id);
        boolean playing = old != null && old.playing();
        if (old != null) {
            old.destroy();
        }
        if (kinds.carries(fragment)) {
            return build(id, fragment, playing);
        }
        NOTICES.put(id, "");
        HTMLElement element = ELEMENTS.get(id);
        if (element != null) {
            handOver(element, fragment, playing);
        }
        return List.of();
    }

    /** The instance, or null when there is none (destroyed, handed over, or never made). */
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

    /** What the link the instance last opened had to say, one notice per line; "" without any. */
    static String notices(int id) {
        String notices = NOTICES.get(id);
        return notices == null ? "" : notices;
    }

    static void destroy(int id) {
        Instance page = PAGES.remove(id);
        LOGS.remove(id);
        ELEMENTS.remove(id);
        NOTICES.remove(id);
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
        List<String> notices = kinds.apply(instance, fragment);
        if (notices == null) {
            notices = changeKind(id, fragment);
            instance = get(id);
        }
        if (instance == null) {
            return "";
        }
        NOTICES.put(id, String.join("\n", notices));
        if (wasPlaying) {
            instance.play();
        } else {
            instance.pause();
        }
        return String.join("\n", notices);
    }

    @JSBody(params = {"element", "link", "playing"}, script = "element.dispatchEvent(new CustomEvent('nnp-kind',"
            + " { detail: { link: link, playing: playing } }));")
    private static native void handOver(HTMLElement element, String link, boolean playing);
}

package org.nnplayground.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.nnplayground.core.link.Theme;
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
 * link, whether it was playing and its colour scheme, on which the embed script mounts the link in the module of that
 * kind (its log stays until the script destroys the number).
 */
final class Instances {
    private static final Map<Integer, Slot> SLOTS = new HashMap<>();
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
        SLOTS.put(id, new Slot(element));
        if (kinds.carries(fragment)) {
            build(id, fragment, autoplay);
        } else {
            handOver(element, fragment, autoplay, "");
        }
        return id;
    }

    /** Builds instance {@code id} of the kind {@code fragment} says, in its element; returns the notices. */
    private static List<String> build(int id, String fragment, boolean autoplay) {
        Slot slot = SLOTS.get(id);
        List<String> notices = new ArrayList<>();
        slot.instance = kinds.make(slot.element, fragment, autoplay, slot.log, link -> changeKind(id, link), notices);
        slot.notices = String.join("\n", notices);
        return notices;
    }

    /**
     * Turns instance {@code id} into the other kind of playground, opening {@code fragment}, here or
     * (handed over) in the module of that kind; returns the notices, none when handed over.
     */
    private static List<String> changeKind(int id, String fragment) {
        Slot slot = SLOTS.get(id);
        if (slot == null) {
            return new ArrayList<>();
        }
        Instance old = slot.instance;
        slot.instance = null;
        slot.notices = "";
        boolean playing = old != null && old.playing();
        Theme theme = old == null ? Theme.AUTO : old.theme();
        if (old != null) {
            old.destroy();
        }
        if (kinds.carries(fragment)) {
            List<String> notices = build(id, fragment, playing);
            slot.instance.setTheme(theme);
            return notices;
        }
        handOver(slot.element, fragment, playing, theme.id());
        return new ArrayList<>();
    }

    /** The instance, or null when there is none (destroyed, handed over, or never made). */
    static Instance get(int id) {
        Slot slot = SLOTS.get(id);
        return slot == null ? null : slot.instance;
    }

    /** The instance's points playground, or null when there is none or it shows sequences or images. */
    static PlaygroundPage points(int id) {
        Instance i = get(id);
        return i == null ? null : i.points();
    }

    /** The instance's epoch log, or null when there is no such instance. */
    static EpochLog log(int id) {
        Slot slot = SLOTS.get(id);
        return slot == null ? null : slot.log;
    }

    /** What the link the instance last opened had to say, one notice per line; "" without any. */
    static String notices(int id) {
        Slot slot = SLOTS.get(id);
        return slot == null ? "" : slot.notices;
    }

    static void destroy(int id) {
        Slot slot = SLOTS.remove(id);
        if (slot != null && slot.instance != null) {
            slot.instance.destroy();
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
        String text = String.join("\n", notices);
        SLOTS.get(id).notices = text;
        if (wasPlaying) {
            instance.play();
        } else {
            instance.pause();
        }
        return text;
    }

    /** One number's element, epoch log, playground (null once handed over) and last notices. */
    private static final class Slot {
        final HTMLElement element;
        final EpochLog log = new EpochLog();
        Instance instance;
        String notices = "";

        Slot(HTMLElement element) {
            this.element = element;
        }
    }

    @JSBody(params = {"element", "link", "playing", "theme"}, script = "element.dispatchEvent(new CustomEvent('nnp-kind',"
            + " { detail: { link: link, playing: playing, theme: theme } }));")
    private static native void handOver(HTMLElement element, String link, boolean playing, String theme);
}

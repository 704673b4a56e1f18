package org.nnplayground.web;

import org.nnplayground.core.link.Theme;
import org.nnplayground.core.train.EpochLog;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * What the entry points' {@code instance...} functions answer for the embed script
 * (web/nn-playground.js), shared by {@link Main}, {@link PointsMain} and {@link LabMain} as
 * {@link PageFunctions} is: each entry point exports its own copies, which call these. The meaning
 * of each is given at {@link Main}'s function of the same name.
 */
final class EmbedFunctions {
    private EmbedFunctions() {
    }

    static int mount(HTMLElement element, String fragment, boolean autoplay) {
        return Instances.mount(element, fragment, autoplay);
    }

    static void play(int id) {
        Instance p = Instances.get(id);
        if (p != null) {
            p.play();
        }
    }

    static void pause(int id) {
        Instance p = Instances.get(id);
        if (p != null) {
            p.pause();
        }
    }

    static int step(int id, int epochs) {
        Instance p = Instances.get(id);
        return p == null || epochs <= 0 ? 0 : p.step(epochs);
    }

    static int epochEvents(int id) {
        EpochLog log = Instances.log(id);
        return log == null ? 0 : log.take();
    }

    static int eventEpoch(int id, int i) {
        EpochLog log = Instances.log(id);
        return log == null || i < 0 || i >= log.taken() ? -1 : log.epoch(i);
    }

    static double eventLoss(int id, int i) {
        EpochLog log = Instances.log(id);
        return log == null || i < 0 || i >= log.taken() ? Double.NaN : log.batchLoss(i);
    }

    static String fingerprint(int id) {
        Instance p = Instances.get(id);
        return p == null ? "" : p.fingerprint();
    }

    static void reset(int id) {
        Instance p = Instances.get(id);
        if (p != null) {
            p.reset();
        }
    }

    static String link(int id) {
        Instance p = Instances.get(id);
        return p == null ? "" : p.link();
    }

    static String setLink(int id, String fragment) {
        return Instances.setLink(id, fragment);
    }

    static String notices(int id) {
        return Instances.notices(id);
    }

    static String setTheme(int id, String theme) {
        Instance p = Instances.get(id);
        if (p == null) {
            return "";
        }
        Theme t = Theme.byId(theme);
        return p.setTheme(t == null ? Theme.AUTO : t);
    }

    static int epoch(int id) {
        Instance p = Instances.get(id);
        return p == null ? -1 : p.epoch();
    }

    static double loss(int id, boolean test) {
        Instance p = Instances.get(id);
        return p == null ? Double.NaN : p.loss(test);
    }

    static boolean playing(int id) {
        Instance p = Instances.get(id);
        return p != null && p.playing();
    }

    static void destroy(int id) {
        Instances.destroy(id);
    }
}

package org.nnplayground.web;

import java.util.function.Supplier;
import org.nnplayground.core.data.DrawnPoints;
import org.nnplayground.core.data.ProblemType;
import org.nnplayground.core.state.StateEdits;
import org.nnplayground.core.text.NumberFormat;
import org.nnplayground.core.view.Colors;
import org.nnplayground.core.view.DrawCursorPainter;
import org.nnplayground.core.view.DrawSurface;
import org.nnplayground.core.view.DrawingEdits;
import org.nnplayground.core.view.PlotFrame;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.events.MouseEvent;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Drawing points on the output view while the data is a drawing: a click or tap adds a point of
 * the chosen class (or value, on a surface; on a curve the y under the pointer), or erases the
 * nearest one in erase mode. The view is also a keyboard control: focused, arrow keys move a
 * cursor, Enter or Space adds (or erases) there, Delete erases, E switches erase mode, the digits
 * choose the class and + and - the value; each change is said in a status line for screen readers.
 * The toolbar under the view chooses the class or value, erase mode and clears the drawing, and
 * says when a drawing is too big for a link. Where and what is decided by {@link DrawingEdits}.
 */
final class PointDrawing {
    private static final String HELP = "Drawing area: click or tap to add a point. With the keyboard: arrow keys move"
            + " the cursor (Shift: faster), Enter or Space adds a point there, Delete erases the nearest, E switches"
            + " erase mode, digits choose the class, + and - the value.";

    private final PlaygroundPage page;
    private final HTMLElement area;
    private final HTMLElement canvas;
    private final Supplier<PlotFrame> frame;
    private final HTMLElement status = Dom.el("p", "nnp-sr-only");
    private boolean erase;
    private int chosenClass = 1;
    private double chosenValue = 1;
    private double cursorX;
    private double cursorY;
    private boolean focused;
    private boolean active;

    /** Drawing on {@code canvas} (the output view) inside {@code area} (which takes the keyboard focus). */
    PointDrawing(PlaygroundPage page, HTMLElement area, HTMLElement canvas, Supplier<PlotFrame> frame) {
        this.page = page;
        this.area = area;
        this.canvas = canvas;
        this.frame = frame;
        status.setAttribute("role", "status");
        status.setAttribute("data-key", "draw-status");
        canvas.addEventListener("pointerdown", evt -> {
            if (active) {
                MouseEvent e = (MouseEvent) evt;
                evt.preventDefault(); // no text selection, no focus fight; the area takes focus below
                area.focus();
                if (frame.get().contains(e.getOffsetX(), e.getOffsetY())) {
                    apply(() -> DrawingEdits.click(points(), frame.get(), e.getOffsetX(), e.getOffsetY(), erase, choice()));
                }
            }
        });
        area.addEventListener("keydown", evt -> {
            if (active && key((KeyboardEvent) evt)) {
                evt.preventDefault();
                evt.stopPropagation(); // not the page's shortcuts (Space plays, the right arrow steps)
            }
        });
        area.addEventListener("focus", evt -> {
            focused = true;
            page.repaint();
        });
        area.addEventListener("blur", evt -> {
            focused = false;
            page.repaint();
        });
    }

    private boolean drawing() {
        return page.state().data().kind().isDrawn();
    }

    private DrawnPoints points() {
        return page.state().data().drawn();
    }

    /** The classes a point can be of: two, or as many as the data's classes for several. */
    private int classes() {
        return points().problem() == ProblemType.MULTICLASS ? page.state().data().classes() : 2;
    }

    /** The class (0-based) or value a new point gets. */
    private double choice() {
        return points().problem().isClassification() ? chosenClass - 1 : chosenValue;
    }

    /** Makes the view a drawing area (or not) as the data is a drawing (or not); the toolbar goes into {@code toolbar}. */
    void render(HTMLElement toolbar) {
        boolean now = drawing();
        if (now != active) {
            active = now;
            Dom.toggleClass(canvas, "nnp-drawing", now);
            if (now) {
                area.setAttribute("tabindex", "0");
                area.setAttribute("role", "application");
                area.setAttribute("aria-roledescription", "drawing area");
                area.setAttribute("aria-label", HELP);
                area.setAttribute("data-key", "draw-area");
                cursorX = 0;
                cursorY = 0;
            } else {
                for (String a : new String[] {"tabindex", "role", "aria-roledescription", "aria-label", "data-key"}) {
                    area.removeAttribute(a);
                }
            }
        }
        if (!now) {
            return;
        }
        DrawnPoints p = points();
        HTMLElement bar = Dom.el("div", "nnp-draw");
        bar.setAttribute("role", "group");
        bar.setAttribute("aria-label", "Drawing");
        if (p.problem().isClassification()) {
            int classes = classes();
            chosenClass = Math.max(1, Math.min(classes, chosenClass));
            for (int k = 1; k <= classes; k++) {
                int c = k;
                HTMLElement b = Dom.button("draw-class-" + k, "Class " + k, "Draw points of class " + k + " (key " + k + ")",
                        "nnp-draw-class", () -> {
                            chosenClass = c;
                            erase = false;
                            page.refreshControls();
                        });
                b.setAttribute("aria-pressed", !erase && k == chosenClass ? "true" : "false");
                HTMLElement swatch = Dom.el("span", "nnp-swatch");
                swatch.setAttribute("aria-hidden", "true");
                Dom.style(swatch, "background-color", Colors.css(page.theme().palette().forClass(k - 1, classes)));
                b.insertBefore(swatch, b.getFirstChild());
                bar.appendChild(b);
            }
        } else if (p.problem() == ProblemType.REGRESSION_2D) {
            bar.appendChild(Fields.range("draw-value", "Value", -1, 1, 0.1, chosenValue, v -> NumberFormat.fixed(v, 1),
                    v -> {
                        chosenValue = v;
                        erase = false;
                        page.refreshControls();
                    }));
        }
        HTMLElement eraser = Dom.button("draw-erase", "Erase", "Erase mode: a click removes the nearest point (key E)",
                "nnp-draw-erase", () -> {
                    erase = !erase;
                    page.refreshControls();
                });
        eraser.setAttribute("aria-pressed", erase ? "true" : "false");
        bar.appendChild(eraser);
        bar.appendChild(Dom.button("draw-clear", "Clear all", "Erase every drawn point", "nnp-draw-clear",
                () -> edit(DrawnPoints.empty(p.problem()))));
        HTMLElement count = Dom.text("p", "nnp-draw-count", p.isEmpty()
                ? (p.problem() == ProblemType.REGRESSION_1D ? "Click or tap the view to add points: where you click is (x, y)."
                        : "Click or tap the view to add points.")
                : NumberFormat.grouped(p.size()) + (p.size() == 1 ? " point drawn." : " points drawn."));
        count.setAttribute("data-key", "draw-count");
        bar.appendChild(count);
        if (!p.fitsInLink()) {
            HTMLElement note = Dom.text("p", "nnp-draw-note", NumberFormat.grouped(p.size()) + " points are too many for a link"
                    + " (at most " + DrawnPoints.MAX_IN_LINK + "): the link leaves them out, so they stay in this page only."
                    + " Erase some to share them by link.");
            note.setAttribute("data-key", "draw-note");
            bar.appendChild(note);
        }
        bar.appendChild(status);
        toolbar.appendChild(bar);
    }

    /**
     * Paints the keyboard cursor over the output view while the drawing area has the focus, and
     * tells tests where the plot is (the canvas's data-plot: left, top, width, height in CSS px).
     */
    void paintCursor(DrawSurface surface, PlotFrame plot) {
        if (active) {
            String box = Math.round(plot.left()) + "," + Math.round(plot.top()) + "," + Math.round(plot.width()) + ","
                    + Math.round(plot.height());
            if (!box.equals(canvas.getAttribute("data-plot"))) {
                canvas.setAttribute("data-plot", box);
            }
        }
        if (active && focused) {
            DrawCursorPainter.paint(surface, plot, cursorX, cursorY, erase);
        }
    }

    private boolean key(KeyboardEvent e) {
        if (e.isCtrlKey() || e.isAltKey() || e.isMetaKey()) {
            return false;
        }
        String key = e.getKey();
        int fast = e.isShiftKey() ? 5 : 1;
        switch (key) {
            case "ArrowLeft":
                return move(-fast, 0);
            case "ArrowRight":
                return move(fast, 0);
            case "ArrowUp":
                return move(0, fast);
            case "ArrowDown":
                return move(0, -fast);
            case "Enter":
            case " ":
                apply(() -> DrawingEdits.at(points(), frame.get(), cursorX, cursorY, erase, choice(),
                        DrawingEdits.KEY_ERASE_RADIUS));
                return true;
            case "Delete":
            case "Backspace":
                apply(() -> DrawingEdits.at(points(), frame.get(), cursorX, cursorY, true, choice(),
                        DrawingEdits.KEY_ERASE_RADIUS));
                return true;
            case "e":
            case "E":
                erase = !erase;
                say(erase ? "Erase mode: Enter erases the point nearest to the cursor." : "Draw mode.");
                page.refreshControls();
                return true;
            case "+":
            case "-":
                if (points().problem() != ProblemType.REGRESSION_2D) {
                    return false;
                }
                chosenValue = Math.max(-1, Math.min(1, Math.round((chosenValue + (key.equals("+") ? 0.1 : -0.1)) * 10) / 10.0));
                say("Value " + NumberFormat.fixed(chosenValue, 1) + ".");
                page.refreshControls();
                return true;
            default:
                if (key.length() == 1 && key.charAt(0) >= '1' && key.charAt(0) <= '8' && points().problem().isClassification()) {
                    int k = key.charAt(0) - '0';
                    if (k <= classes()) {
                        chosenClass = k;
                        erase = false;
                        say("Class " + k + ".");
                        page.refreshControls();
                        return true;
                    }
                }
                return false;
        }
    }

    private boolean move(int dx, int dy) {
        double[] at = DrawingEdits.moveCursor(frame.get(), cursorX, cursorY, dx, dy);
        cursorX = at[0];
        cursorY = at[1];
        say("Cursor at " + where(cursorX, cursorY) + ".");
        page.repaint();
        return true;
    }

    /** Computes the next drawing and trains on it; a full drawing is refused with the page's message. */
    private void apply(Supplier<DrawnPoints> next) {
        DrawnPoints computed;
        try {
            computed = next.get();
        } catch (IllegalArgumentException e) {
            page.say(e.getMessage());
            say(e.getMessage());
            return;
        }
        edit(computed);
    }

    /** Trains on {@code next} (the same set: nothing to do, and says why). */
    private void edit(DrawnPoints next) {
        DrawnPoints before = points();
        if (next == before) {
            say("No point near enough to erase.");
            return;
        }
        page.edit(st -> StateEdits.withData(st, st.data().withDrawn(next)));
        if (points() != next) {
            return; // refused: the page said why
        }
        String count = NumberFormat.grouped(next.size()) + (next.size() == 1 ? " point." : " points.");
        if (next.size() > before.size()) {
            int last = next.size() - 1;
            say("Added a point at " + where(next.x1(last), next.x2(last)) + describe(next, last) + "; " + count);
        } else {
            say((next.isEmpty() ? "Cleared the drawing; " : "Erased a point; ") + count);
        }
    }

    /** Tells screen readers what the last key or click did. */
    private void say(String text) {
        status.setTextContent(text);
    }

    private String where(double x1, double x2) {
        boolean curve = points().problem() == ProblemType.REGRESSION_1D;
        return (curve ? "x " : "x1 ") + NumberFormat.fixed(x1, 2) + (curve ? ", y " : ", x2 ") + NumberFormat.fixed(x2, 2);
    }

    private static String describe(DrawnPoints p, int i) {
        if (p.problem().isClassification()) {
            return ", class " + (p.label(i) + 1);
        }
        return p.problem() == ProblemType.REGRESSION_2D ? ", value " + NumberFormat.fixed(p.target(i), 2) : "";
    }
}

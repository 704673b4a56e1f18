package org.nnplayground.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import org.nnplayground.core.text.DecimalText;
import org.nnplayground.core.view.MenuChoices;
import org.nnplayground.core.text.NumberFormat;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLInputElement;
import org.teavm.jso.dom.html.HTMLOptionElement;
import org.teavm.jso.dom.html.HTMLSelectElement;

/**
 * Labelled form controls. Each control sits inside its own label element, so it has an accessible
 * name without page-wide ids, and any number of playgrounds can share one page. Selects, sliders and
 * text boxes also carry their label as {@code aria-label}: otherwise their name would be the whole
 * label's text, which includes the chosen option or the shown value ("Speed 1 epoch / frame").
 * Every control carries a {@code data-key} so that focus can be given back after a panel is rebuilt.
 */
final class Fields {
    private Fields() {
    }

    /** One choice of a select: the value sent back and the text shown. */
    record Option(String value, String text) {
    }

    /**
     * A select showing {@code current}. Should {@code current} be none of the options, it is added as
     * one of its own, so that a menu never shows another value than the one in use.
     */
    static HTMLElement select(String key, String label, List<Option> options, String current, Consumer<String> onChange) {
        HTMLElement field = Dom.el("label", "field");
        field.appendChild(Dom.text("span", "field-label", label));
        HTMLSelectElement select = (HTMLSelectElement) Dom.el("select", null);
        select.setAttribute("data-key", key);
        select.setAttribute("aria-label", label);
        boolean found = false;
        for (Option o : options) {
            found |= o.value().equals(current);
            select.appendChild(option(o, o.value().equals(current)));
        }
        if (!found) {
            select.appendChild(option(new Option(current, current), true));
        }
        select.addEventListener("change", evt -> onChange.accept(select.getValue()));
        field.appendChild(select);
        return field;
    }

    private static HTMLOptionElement option(Option o, boolean selected) {
        HTMLOptionElement option = (HTMLOptionElement) Dom.el("option", null);
        option.setValue(o.value());
        option.setText(o.text());
        option.setSelected(selected);
        return option;
    }

    /**
     * A select of numbers showing {@code current}: {@code values} must hold it (see
     * {@link MenuChoices#withCurrent}), {@code labels} says each. An option's value is its number's
     * exact spelling ({@link NumberFormat#shortest}); the chosen number itself is passed on.
     */
    static HTMLElement numberSelect(String key, String label, double[] values, String[] labels, double current,
                                    DoubleConsumer onChange) {
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            options.add(new Option(NumberFormat.shortest(values[i]), labels[i]));
        }
        return select(key, label, options, NumberFormat.shortest(current), v -> {
            for (int i = 0; i < values.length; i++) {
                if (options.get(i).value().equals(v)) {
                    onChange.accept(values[i]);
                    return;
                }
            }
        });
    }

    /** A slider whose current value is shown in words beside it (and told to screen readers alike). */
    static HTMLElement range(String key, String label, double min, double max, double step, double value,
                             DoubleFunction<String> describe, DoubleConsumer onChange) {
        HTMLElement field = Dom.el("label", "field range");
        HTMLElement shown = Dom.text("output", "field-value", describe.apply(value));
        HTMLElement caption = Dom.el("span", "field-label");
        caption.appendChild(Dom.text("span", null, label + " "));
        caption.appendChild(shown);
        field.appendChild(caption);
        HTMLInputElement input = (HTMLInputElement) Dom.el("input", null);
        input.setType("range");
        input.setAttribute("min", Double.toString(min));
        input.setAttribute("max", Double.toString(max));
        input.setAttribute("step", Double.toString(step));
        input.setValue(Double.toString(value));
        input.setAttribute("data-key", key);
        input.setAttribute("aria-label", label);
        input.setAttribute("aria-valuetext", describe.apply(value));
        input.addEventListener("input", evt -> {
            String words = describe.apply(parse(input.getValue(), value));
            shown.setTextContent(words);
            input.setAttribute("aria-valuetext", words);
        });
        input.addEventListener("change", evt -> onChange.accept(parse(input.getValue(), value)));
        field.appendChild(input);
        return field;
    }

    static HTMLElement checkbox(String key, String label, boolean checked, Consumer<Boolean> onChange) {
        HTMLElement field = Dom.el("label", "field check");
        HTMLInputElement input = (HTMLInputElement) Dom.el("input", null);
        input.setType("checkbox");
        input.setChecked(checked);
        input.setAttribute("data-key", key);
        input.addEventListener("change", evt -> onChange.accept(input.isChecked()));
        field.appendChild(input);
        field.appendChild(Dom.text("span", "field-label", label));
        return field;
    }

    /**
     * A number box. Empty input is passed on as 0 (none); unparsable input as NaN, for the caller to
     * explain. A primitive consumer, so that the caller's NaN test ({@code v != v}) tests the number and
     * not a boxed Double's identity.
     */
    static HTMLElement number(String key, String label, String value, String placeholder, DoubleConsumer onChange) {
        HTMLElement field = Dom.el("label", "field number");
        field.appendChild(Dom.text("span", "field-label", label));
        HTMLInputElement input = (HTMLInputElement) Dom.el("input", null);
        input.setType("text");
        input.setAttribute("inputmode", "decimal");
        input.setAttribute("data-key", key);
        input.setAttribute("aria-label", label);
        input.setAttribute("placeholder", placeholder);
        input.setAttribute("size", "6");
        input.setValue(value);
        input.addEventListener("change", evt -> onChange.accept(input.getValue().trim().isEmpty()
                ? 0.0 : parse(input.getValue().trim(), Double.NaN)));
        field.appendChild(input);
        return field;
    }

    /** A text box for plain text: {@code onChange} gets its words when it is left or Enter is pressed. */
    static HTMLElement text(String key, String label, String value, String placeholder, int size, Consumer<String> onChange) {
        HTMLElement field = Dom.el("label", "field text");
        field.appendChild(Dom.text("span", "field-label", label));
        HTMLInputElement input = (HTMLInputElement) Dom.el("input", null);
        input.setType("text");
        input.setAttribute("data-key", key);
        input.setAttribute("placeholder", placeholder);
        input.setAttribute("size", Integer.toString(size));
        input.setValue(value);
        input.addEventListener("change", evt -> onChange.accept(input.getValue()));
        field.appendChild(input);
        return field;
    }

    static double parse(String text, double fallback) {
        try {
            return DecimalText.parse(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}

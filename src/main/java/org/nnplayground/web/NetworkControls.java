package org.nnplayground.web;

import java.util.ArrayList;
import java.util.List;
import org.nnplayground.core.limits.Limits;
import org.nnplayground.core.nn.Loss;
import org.nnplayground.core.nn.NetworkSpec;
import org.nnplayground.core.nn.OutputHead;
import org.nnplayground.core.nn.layer.Activation;
import org.nnplayground.core.state.PlaygroundState;
import org.nnplayground.core.state.StateEdits;
import org.teavm.jso.dom.html.HTMLButtonElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The network column's controls: hidden layers (+/-), neurons per layer (+/-), the activation of each
 * layer, skip connections, the output activation and the loss; and the network graph below them
 * (see {@link GraphPlacement}). A +/- button is disabled where it would cross a limit.
 */
final class NetworkControls {
    private final PlaygroundPage page;
    private final HTMLElement element;
    private final HTMLElement controls;

    NetworkControls(PlaygroundPage page) {
        this.page = page;
        element = Dom.el("section", "nnp-col nnp-network");
        element.setAttribute("aria-label", "Network");
        element.appendChild(Dom.text("h2", null, "Network"));
        controls = Dom.el("div", "nnp-col-body");
        element.appendChild(controls);
    }

    HTMLElement element() {
        return element;
    }

    void render() {
        PlaygroundState s = page.state();
        Dom.clear(controls);
        int layers = s.hiddenSizes().size();
        HTMLElement count = Dom.el("div", "nnp-layer-count");
        count.setAttribute("role", "group");
        count.setAttribute("aria-label", "Hidden layers");
        count.appendChild(disabledWhen(layers == 0,
                Dom.button("layer-remove", "−", "Remove a hidden layer", "nnp-icon", () -> page.edit(StateEdits::removeLayer))));
        count.appendChild(Dom.text("span", "nnp-count", layers + (layers == 1 ? " hidden layer" : " hidden layers")));
        count.appendChild(disabledWhen(layers >= Limits.MAX_HIDDEN_LAYERS,
                Dom.button("layer-add", "+", "Add a hidden layer", "nnp-icon", () -> page.edit(StateEdits::addLayer))));
        controls.appendChild(count);
        HTMLElement list = Dom.el("div", "nnp-layers");
        for (int i = 0; i < layers; i++) {
            list.appendChild(layer(s, i));
        }
        controls.appendChild(list);
        HTMLElement row = Dom.el("div", "nnp-row");
        row.appendChild(Fields.checkbox("skip", "Skip connections", s.skip(), on -> page.edit(st -> st.withSkip(on))));
        if (s.skip() && !anyResidual(s.networkSpec())) {
            row.appendChild(Dom.text("span", "nnp-hint",
                    "They join neighbouring hidden layers of equal width; this network has none."));
        }
        controls.appendChild(row);
        List<Fields.Option> outputs = new ArrayList<>();
        for (Activation a : StateEdits.outputChoices(s.data().kind().problem())) {
            outputs.add(new Fields.Option(a.id(), a.label()));
        }
        HTMLElement out = Dom.el("div", "nnp-row");
        out.appendChild(Fields.select("output", "Output activation", outputs, s.outputActivation().id(),
                v -> page.edit(st -> StateEdits.withOutput(st, Activation.byId(v)))));
        List<Fields.Option> losses = new ArrayList<>();
        for (Loss l : OutputHead.lossesFor(s.outputActivation())) {
            losses.add(new Fields.Option(l.id(), l.label()));
        }
        out.appendChild(Fields.select("loss", "Loss", losses, s.training().loss().id(),
                v -> page.edit(st -> st.withOutput(st.outputActivation(), Loss.byId(v)))));
        controls.appendChild(out);
    }

    /**
     * Disables a +/- button at the limit it would cross ({@link Limits}: 16 hidden layers, 256
     * neurons; 0 layers, 1 neuron), so that it cannot be pressed to no effect.
     */
    private static HTMLElement disabledWhen(boolean atLimit, HTMLButtonElement button) {
        button.setDisabled(atLimit);
        return button;
    }

    private static boolean anyResidual(NetworkSpec spec) {
        for (int l = 1; l <= spec.layerCount(); l++) {
            if (spec.residual(l)) {
                return true;
            }
        }
        return false;
    }

    private HTMLElement layer(PlaygroundState s, int i) {
        HTMLElement box = Dom.el("div", "nnp-layer");
        box.setAttribute("role", "group");
        String name = "Hidden layer " + (i + 1);
        box.setAttribute("aria-label", name);
        int width = s.hiddenSizes().get(i);
        HTMLElement neurons = Dom.el("div", "nnp-neurons");
        neurons.appendChild(disabledWhen(width <= 1, Dom.button("neuron-remove-" + i, "−",
                "Remove a neuron from hidden layer " + (i + 1), "nnp-icon nnp-small",
                () -> page.edit(st -> StateEdits.changeWidth(st, i, -1)))));
        neurons.appendChild(Dom.text("span", "nnp-count", width + (width == 1 ? " neuron" : " neurons")));
        neurons.appendChild(disabledWhen(width >= Limits.MAX_LAYER_WIDTH, Dom.button("neuron-add-" + i, "+",
                "Add a neuron to hidden layer " + (i + 1), "nnp-icon nnp-small",
                () -> page.edit(st -> StateEdits.changeWidth(st, i, 1)))));
        box.appendChild(neurons);
        List<Fields.Option> activations = new ArrayList<>();
        for (Activation a : Activation.values()) {
            if (a.allowedInHiddenLayer()) {
                activations.add(new Fields.Option(a.id(), a.label()));
            }
        }
        box.appendChild(Fields.select("activation-" + i, "Activation", activations, s.hiddenActivations().get(i).id(),
                v -> page.edit(st -> StateEdits.withLayerActivation(st, i, Activation.byId(v)))));
        return box;
    }
}

package org.nnplayground.core.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.nn.layer.Layer;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.state.lab.LabState;

/**
 * The sequence and image model file: every layer kind the core has is written and read back to the
 * same architecture and the same parameters, bit for bit; a page run opens again as its link's run
 * with the file's weights, restored into a trainer; broken or edited files are refused with where and why.
 */
class LabModelJsonTest {

    @Test
    void everyLayerKindReadsBackToTheSameNetworkBitForBit() {
        Set<String> kinds = new HashSet<>();
        for (Map.Entry<String, LabSnapshot> e : LabSnapshots.all().entrySet()) {
            LabSnapshot s = e.getValue();
            String json = LabModelJson.write(s);
            ImportedLab back = LabModelReader.read(json);
            assertEquals(s.network().architecture(), back.network().architecture(), e.getKey());
            assertEquals(s.network().fingerprint().hex(), back.network().fingerprint().hex(), e.getKey());
            double[] expected = s.network().parameterBuffer();
            s.network().copyParametersTo(expected);
            assertArrayEquals(expected, back.weights(), e.getKey());
            assertEquals(s.training(), back.training(), e.getKey());
            assertEquals(s.epoch(), back.epoch(), e.getKey());
            assertEquals(s.link(), back.link(), e.getKey());
            assertEquals(json, LabModelJson.write(new LabSnapshot(back.network(), back.training(), back.epoch(), back.link(), s.model())),
                    e.getKey() + ": writing what was read gives the same file");
            assertTrue(back.notices().isEmpty(), e.getKey() + ": " + back.notices());
            for (Object layer : (java.util.List<?>) JsonFields.object(Json.parse(json), "").get("layers")) {
                kinds.add((String) ((Map<?, ?>) layer).get("kind"));
            }
        }
        assertEquals(Set.of("dense", "stepDense", "elman", "gru", "lstm", "embedding", "conv1d", "conv2d", "maxPool2d",
                "avgPool2d", "globalMaxPool", "globalAvgPool", "flatten"), kinds, "the cases cover every layer kind");
    }

    @Test
    void aPageRunOpensAgainAsItsLinkWithTheFilesWeightsRestoredIntoItsTrainer() {
        for (Map.Entry<String, LabSnapshot> e : LabSnapshots.pageRuns().entrySet()) {
            LabSnapshot s = e.getValue();
            ImportedLab.Opened opened = LabModelReader.read(LabModelJson.write(s)).open();
            LabState expected = LabLinks.decode(s.link()).state();
            assertEquals(expected, opened.decoded().state(), e.getKey());
            LabSession session = new LabSession(opened.decoded().state());
            session.trainer().restore(opened.weights(), opened.epoch());
            assertEquals(s.network().fingerprint().hex(), session.trainer().network().fingerprint().hex(), e.getKey());
            assertEquals(s.epoch(), session.trainer().epoch(), e.getKey());
        }
    }

    @Test
    void theLinksSampleTemperatureOpensAgainWithTheFile() {
        LabSnapshot text = LabSnapshots.pageRuns().get("text-embedding");
        LabSnapshot warm = new LabSnapshot(text.network(), text.training(), text.epoch(), text.link() + "&temp=1.5", text.model());
        assertEquals(1.5, LabModelReader.read(LabModelJson.write(warm)).open().decoded().temperature());
        assertEquals(org.nnplayground.core.state.lab.TextWriting.DEFAULT_TEMPERATURE,
                LabModelReader.read(LabModelJson.write(text)).open().decoded().temperature());
    }

    @Test
    void theFileNamesTheProblemTheInputAndTheGates() {
        LabSnapshot text = LabSnapshots.pageRuns().get("text-embedding");
        Map<String, Object> root = JsonFields.object(Json.parse(LabModelJson.write(text)), "");
        assertEquals("text", root.get("problem"));
        Map<String, Object> input = JsonFields.object(root.get("input"), "input");
        assertEquals(java.util.List.of(12.0, 1.0), input.get("shape"));
        assertEquals(text.vocabulary(), input.get("vocabulary"));
        assertTrue(((String) input.get("meaning")).contains("index"), input.toString());
        Map<String, Object> lstm = JsonFields.object(JsonFields.list(root.get("layers"), "").get(1), "");
        assertEquals("lstm", lstm.get("kind"));
        assertEquals(java.util.List.of("input", "forget", "candidate", "output"), lstm.get("gates"));
        Layer layer = text.network().layer(2);
        assertEquals(java.util.List.of((double) layer.parameters().get(0).fanOut(), (double) layer.parameters().get(0).fanIn()),
                JsonFields.object(lstm.get("inputWeights"), "").get("shape"));
        assertEquals("everyStep", lstm.get("output"));
    }

    @Test
    void brokenOrEditedFilesAreRefusedSayingWhereAndWhy() {
        String json = LabModelJson.write(LabSnapshots.pageRuns().get("digits"));
        assertEquals("The model file's layers[0].kind should be one of dense, stepDense, elman, gru, lstm, embedding, conv1d,"
                        + " conv2d, maxPool2d, avgPool2d, globalMaxPool, globalAvgPool, flatten, but is the text \"conv3d\".",
                assertThrows(JsonError.class, () -> LabModelReader.read(json.replaceFirst("\"conv2d\"", "\"conv3d\""))).getMessage());
        String kernel = assertThrows(JsonError.class, () -> LabModelReader.read(json.replaceFirst("\"kernel\": 3", "\"kernel\": 9")))
                .getMessage();
        assertTrue(kernel.startsWith("The model file's layers[0].kernel should be"), kernel);
        String shape = assertThrows(JsonError.class, () -> LabModelReader.read(json.replaceFirst("\"filters\": 8", "\"filters\": 7")))
                .getMessage();
        assertTrue(shape.contains("layers[0]"), shape);
        String stride = assertThrows(JsonError.class, () -> LabModelReader.read(json.replaceFirst("\"padding\": \"same\"",
                "\"padding\": \"valid\""))).getMessage();
        assertTrue(stride.contains("outputShape"), stride);
        String points = ModelJson.write(Snapshots.preset("default", 1));
        assertEquals("This model file is of the points playground (it names no problem); open it there, with Export, Open model.",
                assertThrows(JsonError.class, () -> LabModelReader.read(points)).getMessage());
        assertTrue(assertThrows(JsonError.class, () -> ModelReader.read(json)).getMessage()
                .equals("This model file is of a sequence or image network (digits); open it in that playground, with Export, Open model."));
        assertTrue(LabModelReader.isLabFile(json));
        assertTrue(!LabModelReader.isLabFile(points));
        String noLink = LabModelJson.write(LabSnapshots.handMade().get("conv1d"));
        assertTrue(assertThrows(JsonError.class, () -> LabModelReader.read(noLink).open()).getMessage().contains("no link"));
        String otherLink = json.replaceFirst("\"link\": \"lab=digits", "\"link\": \"lab=bars");
        assertNotEquals(json, otherLink);
        assertTrue(assertThrows(JsonError.class, () -> LabModelReader.read(otherLink).open()).getMessage()
                .contains("not the network its link describes"));
    }
}

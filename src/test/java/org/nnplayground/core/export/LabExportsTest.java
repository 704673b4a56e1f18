package org.nnplayground.core.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nnplayground.core.state.lab.LabSession;
import org.nnplayground.core.state.lab.LabState;

/** The lab's exports by name give the writers' files, refuse an unknown name, and a session restores a file's weights, paused. */
class LabExportsTest {
    @Test
    void eachNameGivesItsWritersFile() {
        LabSnapshot s = LabSnapshots.pageRuns().get("echo-gru");
        assertEquals(LabModelJson.write(s), LabExports.text(s, "json"));
        assertEquals(LabTfjs.write(s).modelJson(), LabExports.text(s, "tfjs"));
        assertArrayEquals(LabTfjs.write(s).weightsBin(), java.util.Base64.getUrlDecoder().decode(LabExports.text(s, "tfjs-weights")));
        assertEquals(LabPython.write(s), LabExports.text(s, "python"));
        assertEquals("There is no export \"formula\" of a sequence or image network; use json, tfjs or python.",
                assertThrows(IllegalArgumentException.class, () -> LabExports.text(s, "formula")).getMessage());
        assertEquals("nn-playground-model.json", LabExports.fileName("json"));
    }

    @Test
    void aSessionRestoresTheFilesWeightsPausedAtItsEpoch() {
        LabSnapshot s = LabSnapshots.pageRuns().get("echo-lstm");
        ImportedLab.Opened opened = LabModelReader.read(LabExports.text(s, "json")).open();
        LabSession session = new LabSession(LabState.defaultFor("digits", 1));
        session.replace(opened.decoded().state());
        session.play();
        session.restore(opened.weights(), opened.epoch());
        assertEquals(false, session.playing());
        assertEquals(s.epoch(), session.last().epoch());
        assertEquals(s.network().fingerprint().hex(), session.trainer().network().fingerprint().hex());
        assertEquals(1, session.history().size());
        assertThrows(IllegalArgumentException.class, () -> session.restore(new double[3], 1));
    }
}

package org.nnplayground.web;

import org.nnplayground.core.link.LabLinks;
import org.nnplayground.core.state.HandedOverRun;
import org.nnplayground.core.state.lab.LabSession;

/**
 * The sequences' and images' side of training in a Web Worker: what {@link LabPage} tells its
 * {@link WorkerTraining} (the link of the run), and the worker's session of such a link
 * ({@link TrainWorker}).
 */
final class LabWorkerKind {
    private LabWorkerKind() {
    }

    /** What a hand-over of {@code session}'s run needs to know of it. */
    static WorkerTraining.Run run(LabSession session) {
        return new WorkerTraining.Run() {
            @Override
            public Object state() {
                return session.state();
            }

            @Override
            public String completeLink() {
                String fragment = LabLinks.encode(session.state(), session.speed(), 0);
                return LabLinks.decode(fragment).state().equals(session.state()) ? fragment : null;
            }

            @Override
            public boolean mayLeave() {
                return true;
            }
        };
    }

    /** The worker's new session of sequence or image link {@code fragment}: its state and speed. */
    static HandedOverRun open(String fragment) {
        LabLinks.Decoded link = LabLinks.decode(fragment);
        LabSession session = new LabSession(link.state());
        session.setSpeed(link.speed());
        return session;
    }
}

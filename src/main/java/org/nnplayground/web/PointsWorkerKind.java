package org.nnplayground.web;

import org.nnplayground.core.link.LinkSpeed;
import org.nnplayground.core.link.LinkState;
import org.nnplayground.core.state.HandedOverRun;
import org.nnplayground.core.state.Session;

/**
 * The points' side of training in a Web Worker: what {@link PlaygroundPage} tells its
 * {@link WorkerTraining} (the link of the run, and whether a lesson watches its batches), and the
 * worker's session of such a link ({@link TrainWorker}).
 */
final class PointsWorkerKind {
    private PointsWorkerKind() {
    }

    /** What a hand-over of {@code page}'s run needs to know of it. */
    static WorkerTraining.Run run(PlaygroundPage page) {
        return new WorkerTraining.Run() {
            @Override
            public Object state() {
                return page.state();
            }

            @Override
            public String completeLink() {
                String fragment = page.linkFragment();
                return PointsLinks.decode(fragment).link().state().equals(page.state()) ? fragment : null;
            }

            @Override
            public boolean mayLeave() {
                return page.mayTrainElsewhere();
            }
        };
    }

    /** The worker's new session of points link {@code fragment}: its state, speed and stop conditions. */
    static HandedOverRun open(String fragment) {
        LinkState link = PointsLinks.decode(fragment).link();
        Session session = new Session(link.state());
        session.setSpeed(LinkSpeed.speed(link.speed()));
        session.setEpochLimit(link.stopEpoch());
        session.setTargetLoss(link.stopLoss());
        return session;
    }
}

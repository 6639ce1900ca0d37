package org.jessserver.live.boundary;

import org.jessserver.job.boundary.JobStatusView;
import org.jessserver.job.entity.Job;
import org.jessserver.live.control.StatusEvent;
import org.jessserver.platform.boundary.JsonbProvider;

/** Makes a job's live event from the very status object (and ETag) that GET /job/status answers with. */
final class StatusEvents {

    private StatusEvents() {
    }

    static StatusEvent of(Job j) {
        JobStatusView view = JobStatusView.of(j);
        return new StatusEvent(j.getId(), j.getOwnerId(), j.getLastUpdate(), j.getStatus().terminal(), view.etag(),
                JsonbProvider.jsonb().toJson(view));
    }
}

package dev.cmpkit.runtime.api;

import java.util.Map;

/** Reports the progress of a CMP account-sync task. */
public final class Tasks {

    private Tasks() {}

    /**
     * Sets the percentage of a running task: {@code POST /tasks/<taskId>/update} with
     * {@code {"percentage": p}}. Does nothing when {@code taskId} is null (a run without a task).
     *
     * @param context the run's context; its API client is used
     * @param taskId the task id from the event's {@code task_id}; URL-encoded into the path
     * @param percentage 0 to 100
     * @throws IllegalArgumentException for a null context, an empty task id or a percentage outside 0–100
     * @throws CmpApiException if CMP answers with a status other than 200, or cannot be reached
     */
    public static void setTaskPercentage(CmpContext context, String taskId, int percentage) {
        if (context == null) {
            throw new IllegalArgumentException("setTaskPercentage: context is required, got null");
        }
        if (percentage < 0 || percentage > 100) {
            throw new IllegalArgumentException(
                    "setTaskPercentage: percentage must be between 0 and 100, got " + percentage);
        }
        if (taskId == null) {
            return;
        }
        if (taskId.isEmpty()) {
            throw new IllegalArgumentException(
                    "setTaskPercentage: taskId must be null (no task) or non-empty, " + "got ''");
        }
        CmpResponse response =
                context.api().post(CmpClient.path("tasks", taskId, "update"), Map.of("percentage", percentage));
        if (response.status() != 200) {
            throw new CmpApiException(
                    "Got bad response from tasks API: " + response.status() + ", " + response.body(), response);
        }
    }
}

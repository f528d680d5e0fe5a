package io.sparkop.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.fabric8.generator.annotation.Required;

/** kubeflow's ApplicationState: the state and, on failures, why. */
@JsonIgnoreProperties(ignoreUnknown = true) // fields of a newer kubeflow CRD must not make a manifest unreadable
@JsonInclude(JsonInclude.Include.NON_NULL)
public class ApplicationState {

    @Required
    @JsonInclude(JsonInclude.Include.ALWAYS)
    private AppState state = AppState.NEW;
    private String errorMessage;

    public ApplicationState() {
    }

    public ApplicationState(AppState state, String errorMessage) {
        this.state = state;
        this.errorMessage = errorMessage;
    }

    public AppState getState() {
        return state;
    }

    public void setState(AppState state) {
        this.state = state;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public void setErrorMessage(String errorMessage) {
        this.errorMessage = errorMessage;
    }
}

package io.sparkop.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A page (or JSON) saying what was not found, instead of the framework's error page. */
public class NotFoundPage {

    @CheckedTemplate(basePath = "errors", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    record NotFound(String message) implements TemplateInstance {
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpHeaders headers) {
        boolean json = headers.getAcceptableMediaTypes().stream().anyMatch(t -> t.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !t.isWildcardType());
        String message = e.getMessage() == null ? "Not found" : e.getMessage();
        return json
                ? Response.status(404).type(MediaType.APPLICATION_JSON).entity(Map.of("error", message)).build()
                : Response.status(404).type(MediaType.TEXT_HTML).entity(new NotFound(message)).build();
    }
}

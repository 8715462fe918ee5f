package org.policyops.core.internal.rest;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;
import org.policyops.core.rest.PolicyOpsRest;

import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/** JSON for the PolicyOps application (and {@code application/problem+json}, which Jackson's provider also handles). */
@Component(service = { MessageBodyReader.class, MessageBodyWriter.class })
@JaxrsExtension
@JaxrsMediaType(MediaType.APPLICATION_JSON)
@JaxrsApplicationSelect(PolicyOpsRest.APPLICATION_SELECT)
public class JsonProvider extends JacksonJsonProvider {

    public JsonProvider() {
        super(ObjectMappers.create());
    }
}

package org.alerrt.tracker.lrs.adapters.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.alerrt.tracker.platform.json.CachedJson;

/** Communication §2.8 About: the versions this LRS supports. */
@Path("about")
public class AboutResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String about() {
        return CachedJson.objectBuilder()
                .add(
                        "version",
                        CachedJson.arrayBuilder()
                                .add("1.0.0")
                                .add("1.0.1")
                                .add("1.0.2")
                                .add("1.0.3")
                                .add("2.0.0"))
                .add("extensions", CachedJson.objectBuilder())
                .build()
                .toString();
    }
}

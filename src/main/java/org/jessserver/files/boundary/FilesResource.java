package org.jessserver.files.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jessserver.account.boundary.Caller;
import org.jessserver.files.control.AreaEntry;
import org.jessserver.files.control.AreaUploads;
import org.jessserver.files.control.UploadArea;
import org.jessserver.files.control.UploadedFile;
import org.jessserver.platform.boundary.ContentDisposition;
import org.jessserver.platform.boundary.PartFileName;
import org.jessserver.platform.boundary.Roles;

/** The Users API upload area: upload (zips unpacked), folder trees and file downloads, delete. */
// a longer literal @Path than UsersResource's "users/api", so JAX-RS sends every files/... call here
@Path("users/api/files")
@ApplicationScoped
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
public class FilesResource {

    @Inject
    Caller caller;

    @Inject
    UploadArea area;

    @Inject
    AreaUploads uploads;

    /** POST /files and POST /files/: the root of the area. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public UploadReply uploadToRoot(List<EntityPart> parts) {
        return upload("", parts);
    }

    @POST
    @Path("{folder: .+}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public UploadReply upload(@PathParam("folder") String folder, List<EntityPart> parts) {
        List<UploadedFile> files = parts.stream().filter(p -> "file".equals(p.getName()))
                .map(p -> new UploadedFile(PartFileName.of(p), p.getContent())).toList();
        return UploadReply.stored(uploads.store(caller.principal().accountId(), folder, files));
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM})
    public Response root() {
        return get("");
    }

    /** A folder answers its bare tree (no envelope), a file its bytes. */
    @GET
    @Path("{path: .+}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM})
    public Response get(@PathParam("path") String path) {
        AreaEntry entry = area.entry(caller.principal().accountId(), path);
        if (entry instanceof AreaEntry.File f) {
            return Response.ok(f.path().toFile(), MediaType.APPLICATION_OCTET_STREAM_TYPE)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(f.name())).build();
        }
        return Response.ok(((AreaEntry.Folder) entry).tree(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** DELETE /files and /files/: refused, the root is not deleted. */
    @DELETE
    public DeleteReply deleteRoot() {
        return delete("");
    }

    @DELETE
    @Path("{path: .+}")
    public DeleteReply delete(@PathParam("path") String path) {
        return DeleteReply.deleted(area.delete(caller.principal().accountId(), path));
    }
}

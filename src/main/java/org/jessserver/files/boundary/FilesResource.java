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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jessserver.account.boundary.Caller;
import org.jessserver.files.control.AreaEntry;
import org.jessserver.files.control.AreaUploads;
import org.jessserver.files.control.UploadArea;
import org.jessserver.files.control.UploadedFile;
import org.jessserver.platform.boundary.ApiDocs;
import org.jessserver.platform.boundary.ContentDisposition;
import org.jessserver.platform.boundary.PartFileName;
import org.jessserver.platform.boundary.Roles;

/** The Users API upload area: upload (zips unpacked), folder trees and file downloads, delete. */
// a longer literal @Path than UsersResource's "users/api", so JAX-RS sends every files/... call here
@Path("users/api/files")
@ApplicationScoped
@RolesAllowed(Roles.USER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "files")
@SecurityRequirement(name = ApiDocs.COOKIE)
@SecurityRequirement(name = ApiDocs.BEARER)
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
    @Operation(operationId = "uploadFilesToRoot", summary = "Upload files to the root of the caller's upload area")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(ref = "FilesUpload")))
    @APIResponse(responseCode = ApiDocs.OK, description = "Stored; or a refusal (a path outside the area, an unsafe zip "
            + "entry, over the quota or the upload limits)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "UploadReply"),
            examples = @ExampleObject(name = "uploaded", value = FilesApiDocs.UPLOADED)))
    public UploadReply uploadToRoot(List<EntityPart> parts) {
        return upload("", parts);
    }

    @POST
    // the same template name as the GET and DELETE below, so that /openapi describes one path
    @Path("{path: .+}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadFiles", summary = "Upload files to a folder of the caller's upload area (created if missing)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(ref = "FilesUpload")))
    @APIResponse(responseCode = ApiDocs.OK, description = "Stored; or a refusal (a path outside the area, an unsafe zip "
            + "entry, over the quota or the upload limits)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "UploadReply"),
            examples = @ExampleObject(name = "uploaded", value = FilesApiDocs.UPLOADED)))
    public UploadReply upload(@Parameter(description = FilesApiDocs.PATH) @PathParam("path") String folder,
                              List<EntityPart> parts) {
        // a multipart request with no body at all comes as no list
        List<UploadedFile> files = (parts == null ? List.<EntityPart>of() : parts).stream().filter(p -> "file".equals(p.getName()))
                .map(p -> new UploadedFile(PartFileName.of(p), p.getContent())).toList();
        return UploadReply.stored(uploads.store(caller.principal().accountId(), folder, files));
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "getFilesRoot", summary = "The root of the caller's upload area as a tree")
    @APIResponse(responseCode = ApiDocs.OK, description = "A folder: its bare tree; a file: its bytes "
            + "(Content-Disposition attachment); a path that is not there or leaves the area: a refusal (ok:false)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "FileTreeOrRefusal"),
                    examples = @ExampleObject(name = "folder", value = FilesApiDocs.TREE)),
                    @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                            schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response root() {
        return get("");
    }

    /** A folder answers its bare tree (no envelope), a file its bytes. */
    @GET
    @Path("{path: .+}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "getFiles", summary = "A folder of the upload area as a tree, or a file's bytes")
    @APIResponse(responseCode = ApiDocs.OK, description = "A folder: its bare tree; a file: its bytes "
            + "(Content-Disposition attachment); a path that is not there or leaves the area: a refusal (ok:false)",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = "FileTreeOrRefusal"),
                    examples = @ExampleObject(name = "folder", value = FilesApiDocs.TREE)),
                    @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                            schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response get(@Parameter(description = FilesApiDocs.PATH) @PathParam("path") String path) {
        AreaEntry entry = area.entry(caller.principal().accountId(), path);
        if (entry instanceof AreaEntry.File f) {
            return Response.ok(f.path().toFile(), MediaType.APPLICATION_OCTET_STREAM_TYPE)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(f.name())).build();
        }
        return Response.ok(((AreaEntry.Folder) entry).tree(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** DELETE /files and /files/: refused, the root is not deleted. */
    @DELETE
    @Operation(operationId = "deleteFilesRoot", summary = "Refused: the root of the upload area is not deleted")
    @APIResponse(responseCode = ApiDocs.OK, description = ApiDocs.BUSINESS, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DeleteReply"),
            examples = @ExampleObject(name = "deleted", value = FilesApiDocs.DELETED)))
    public DeleteReply deleteRoot() {
        return delete("");
    }

    @DELETE
    @Path("{path: .+}")
    @Operation(operationId = "deleteFiles", summary = "Delete a file, or a folder with everything in it")
    @APIResponse(responseCode = ApiDocs.OK, description = ApiDocs.BUSINESS, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "DeleteReply"),
            examples = @ExampleObject(name = "deleted", value = FilesApiDocs.DELETED)))
    public DeleteReply delete(@Parameter(description = FilesApiDocs.PATH) @PathParam("path") String path) {
        return DeleteReply.deleted(area.delete(caller.principal().accountId(), path));
    }
}

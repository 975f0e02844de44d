package org.contactrouter.attachment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.contactrouter.channel.email.AttachmentPolicy;
import org.contactrouter.channel.email.AttachmentStore;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Officers download a case's attachments. A file is always served as a download (never shown inline, where a
 * hostile HTML or SVG file could run in the council's pages), with its stored type only when that type is still on
 * the allow-list, otherwise as opaque bytes; the attachment must belong to the case named in the address.
 */
@Controller
public class AttachmentDownloadController {

    private final JdbcClient jdbc;
    private final AttachmentStore store;
    private final AttachmentPolicy allowedTypes;

    public AttachmentDownloadController(JdbcClient jdbc, AttachmentStore store, AttachmentPolicy servedAttachmentTypes) {
        this.jdbc = jdbc;
        this.store = store;
        this.allowedTypes = servedAttachmentTypes;
    }

    private record Stored(String fileName, String contentType, String storageKey) {
    }

    @GetMapping("/workspace/cases/{reference}/attachments/{id}")
    ResponseEntity<InputStreamResource> download(@PathVariable String reference, @PathVariable long id)
            throws IOException {
        Stored file = jdbc.sql("""
                        select a.file_name, a.content_type, a.storage_key from contact_attachment a
                        join contact m on m.id = a.contact_id join cases c on c.id = m.case_id
                        where a.id = :id and c.reference = :reference and a.storage_key is not null""")
                .param("id", id).param("reference", reference)
                .query((rs, row) -> new Stored(rs.getString("file_name"), rs.getString("content_type"),
                        rs.getString("storage_key")))
                .optional()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(servedType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName() == null ? "attachment" : file.fileName(), StandardCharsets.UTF_8)
                        .build().toString())
                .body(new InputStreamResource(store.open(file.storageKey())));
    }

    MediaType servedType(String stored) {
        try {
            MediaType type = MediaType.parseMediaType(stored);
            return allowedTypes.allows(type.getType() + "/" + type.getSubtype())
                    ? new MediaType(type.getType(), type.getSubtype()) : MediaType.APPLICATION_OCTET_STREAM;
        } catch (RuntimeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}

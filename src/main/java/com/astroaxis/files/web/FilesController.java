package com.astroaxis.files.web;

import java.io.IOException;
import java.util.UUID;

import com.astroaxis.files.FileManagement;
import com.astroaxis.files.FileView;
import com.astroaxis.platform.security.CurrentUser;
import com.astroaxis.platform.security.RequiresPermission;
import com.astroaxis.platform.web.ProblemException;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Uploads and downloads. Anyone with {@code files.upload} may upload; a file can be read by the person who
 * uploaded it and by those with {@code files.read}.
 */
@RestController
@RequestMapping("/api/v1/files")
class FilesController {

    static final String READ = "files.read";
    private final FileManagement files;

    FilesController(FileManagement files) {
        this.files = files;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @RequiresPermission("files.upload")
    ResponseEntity<FileResponse> upload(@RequestPart("file") MultipartFile file,
            @RequestParam(name = "purpose", required = false) String purpose) throws IOException {
        FileView stored;
        try (var content = file.getInputStream()) {
            stored = files.store(file.getOriginalFilename(), content, purpose);
        }
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(stored.id().value()).toUri();
        return ResponseEntity.created(location).body(FileResponse.of(stored));
    }

    @GetMapping("/{id}/meta")
    FileResponse meta(@PathVariable UUID id) {
        return FileResponse.of(readable(id));
    }

    /** Streams the content with the type found in it, always as an attachment the browser will not sniff. */
    @GetMapping("/{id}")
    ResponseEntity<Resource> download(@PathVariable UUID id) {
        var file = readable(id);
        var content = files.open(file.id());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.attachment(file.name()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(new InputStreamResource(content));
    }

    /** The file, if the signed-in user uploaded it or may read every file. */
    private FileView readable(UUID id) {
        var file = files.find(id).orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "file-not-found",
                "File not found", "There is no file " + id + "."));
        boolean uploader = CurrentUser.get().map(user -> file.isUploadedBy(user.id())).orElse(false);
        if (!uploader && !mayReadAllFiles()) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                    "Only the person who uploaded this file, or someone allowed to read files, may open it.");
        }
        return file;
    }

    private static boolean mayReadAllFiles() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> READ.equals(authority.getAuthority()));
    }
}

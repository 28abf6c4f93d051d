package com.astroaxis.files.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import com.astroaxis.files.FileId;
import com.astroaxis.files.FileView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code fl_file} table: what is known of each stored file. */
@Repository
class FileRecords {

    /** A file's row: its view plus where its content lies, relative to the files folder. */
    record FileRecord(FileView view, String storedPath) {
    }

    private final JdbcClient jdbc;

    FileRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(FileRecord record) {
        var file = record.view();
        jdbc.sql("""
                insert into fl_file (id, original_name, stored_path, content_type, size_bytes, sha256, purpose,
                                     uploaded_by, uploaded_at)
                values (:id, :name, :storedPath, :contentType, :size, :sha256, :purpose, :uploadedBy, :uploadedAt)
                """)
                .param("id", file.id().value())
                .param("name", file.name())
                .param("storedPath", record.storedPath())
                .param("contentType", file.contentType())
                .param("size", file.size())
                .param("sha256", file.sha256())
                .param("purpose", file.purpose())
                .param("uploadedBy", file.uploadedBy())
                .param("uploadedAt", OffsetDateTime.ofInstant(file.uploadedAt(), ZoneOffset.UTC))
                .update();
    }

    Optional<FileRecord> find(UUID id) {
        return jdbc.sql("""
                select id, original_name, stored_path, content_type, size_bytes, sha256, purpose, uploaded_by, uploaded_at
                from fl_file where id = :id
                """)
                .param("id", id)
                .query(FileRecords::map)
                .optional();
    }

    private static FileRecord map(ResultSet row, int number) throws SQLException {
        var view = new FileView(new FileId(row.getObject("id", UUID.class)), row.getString("original_name"),
                row.getString("content_type"), row.getLong("size_bytes"), row.getString("sha256"),
                row.getString("purpose"), row.getObject("uploaded_by", UUID.class),
                row.getObject("uploaded_at", OffsetDateTime.class).toInstant());
        return new FileRecord(view, row.getString("stored_path"));
    }
}

package cn.zhifa.evidence;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.Resource;

/**
 * Content-addressed, write-once storage of evidence files. An upload is streamed into a temporary file while its
 * SHA-256 is computed ({@link #receive}), then either published under its hash ({@link #publish}) or discarded
 * ({@link #discard}). Published content is never overwritten: publishing content that already exists keeps the
 * existing file (dedupe).
 */
public interface EvidenceStore {

    /** A received, not yet published upload. */
    record Received(String tempId, String sha256, long size) {
    }

    /** Streams {@code in} to a temporary file, hashing on the way; on any failure nothing is left behind. */
    Received receive(InputStream in) throws IOException;

    /** Moves the received file to its content path (or drops it if that content exists); returns the content path. */
    String publish(Received received) throws IOException;

    /**
     * Stores content already in memory (a generated document, a dossier) under its hash, durably, as {@link #receive}
     * then {@link #publish} would, without a copy buffer; returns what was stored (existing content is kept).
     */
    Received store(byte[] bytes) throws IOException;

    /** Deletes the temporary file of an upload that will not be published (idempotent). */
    void discard(Received received);

    /** The content path a hash is stored under, relative to the store. */
    String pathOf(String sha256);

    boolean exists(String path);

    InputStream open(String path) throws IOException;

    /** The whole stored file (a generated document, a dossier's manifest or PDF: files that fit in memory). */
    default byte[] readAll(String path) {
        try (InputStream in = open(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The stored file as a Spring resource (for HTTP range requests). */
    Resource resource(String path);

    /** Removes temporary files left by uploads that were interrupted (crash halfway); returns how many. */
    int removeLeftovers() throws IOException;
}

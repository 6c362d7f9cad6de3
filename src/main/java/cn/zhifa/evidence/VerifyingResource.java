package cn.zhifa.evidence;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;

/**
 * A stored file served through {@link VerifyingInputStream} (lengths and dates from the file itself); for any stored
 * artifact with a recorded SHA-256 (evidence now, documents when they get stored bytes).
 */
public class VerifyingResource extends AbstractResource {

    private final Resource file;
    private final String sha256;
    private final long size;

    public VerifyingResource(Resource file, String sha256, long size) {
        this.file = file;
        this.sha256 = sha256;
        this.size = size;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return new VerifyingInputStream(file.getInputStream(), sha256, size);
    }

    @Override
    public boolean exists() {
        return file.exists();
    }

    @Override
    public long contentLength() throws IOException {
        return file.contentLength();
    }

    @Override
    public long lastModified() throws IOException {
        return file.lastModified();
    }

    @Override
    public String getFilename() {
        return file.getFilename();
    }

    @Override
    public String getDescription() {
        return "verified " + file.getDescription();
    }
}

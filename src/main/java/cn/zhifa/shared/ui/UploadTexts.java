package cn.zhifa.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/**
 * Every text of Vaadin's upload component in the user's language (keys {@code ui.upload.*}): the component's own
 * defaults are English ("Upload File...", "Drop file here", "File is too big"), which a Chinese screen must not show.
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    /** Sets the texts on the upload; {@code addFileKey} names its button (null: the generic "选择文件…"). */
    public static Upload apply(Upload upload, Component owner, String addFileKey) {
        upload.setI18n(of(owner, addFileKey));
        return upload;
    }

    static UploadI18N of(Component c, String addFileKey) {
        String add = c.getTranslation(addFileKey == null ? "ui.upload.addFile" : addFileKey);
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(c.getTranslation("ui.upload.dropOne"))
                .setMany(c.getTranslation("ui.upload.dropMany")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(c.getTranslation("ui.upload.tooManyFiles"))
                .setFileIsTooBig(c.getTranslation("ui.upload.fileIsTooBig"))
                .setIncorrectFileType(c.getTranslation("ui.upload.incorrectFileType")));
        i18n.setFile(new UploadI18N.File().setRetry(c.getTranslation("ui.upload.retry"))
                .setStart(c.getTranslation("ui.upload.start")).setRemove(c.getTranslation("ui.upload.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(c.getTranslation("ui.upload.connecting"))
                        .setStalled(c.getTranslation("ui.upload.stalled"))
                        .setProcessing(c.getTranslation("ui.upload.processing"))
                        .setHeld(c.getTranslation("ui.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(c.getTranslation("ui.upload.remainingPrefix"))
                        .setUnknown(c.getTranslation("ui.upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(c.getTranslation("ui.upload.serverUnavailable"))
                        .setUnexpectedServerError(c.getTranslation("ui.upload.unexpectedServerError"))
                        .setForbidden(c.getTranslation("ui.upload.forbidden"))));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        return i18n;
    }
}

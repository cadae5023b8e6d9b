package nl.wegwijs.channel.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import nl.wegwijs.conversation.Attachment;
import nl.wegwijs.conversation.Channel;
import nl.wegwijs.letters.LetterFiles;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Fetches a photo or document a parent sent, into memory: getFile, then the file from
 * {@code <TELEGRAM_API_URL>/file/bot<token>/<file_path>}, built here because telegrambots'
 * {@code File.getFileUrl} hard-codes Telegram's own host (a local Bot API server or a test fake
 * would be bypassed). Stops reading beyond the size limit. The URL holds the token: never logged.
 */
class TelegramLetterFiles implements LetterFiles {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final TelegramClient client;
    private final TelegramProperties properties;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    TelegramLetterFiles(TelegramClient client, TelegramProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public byte[] fetch(Attachment attachment, long maxBytes) throws IOException {
        File file;
        try {
            file = client.execute(GetFile.builder().fileId(attachment.fileId()).build());
        } catch (TelegramApiException e) {
            throw new IOException("telegram getFile failed", e);
        }
        if (file.getFileSize() != null && file.getFileSize() > maxBytes) {
            throw new TooLarge();
        }
        if (file.getFilePath() == null) {
            throw new IOException("telegram gave no file path");
        }
        String base = properties.apiUrl().endsWith("/") ? properties.apiUrl().substring(0, properties.apiUrl().length() - 1)
                : properties.apiUrl();
        URI uri = URI.create(base + "/file/bot" + properties.token() + "/" + file.getFilePath());
        HttpResponse<InputStream> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("telegram file download answered " + response.statusCode());
            }
            // one byte past the limit tells "too large" from "exactly the limit" without reading the rest
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes) + 1);
            if (bytes.length > maxBytes) {
                throw new TooLarge();
            }
            return bytes;
        }
    }
}

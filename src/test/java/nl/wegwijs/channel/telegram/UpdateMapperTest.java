package nl.wegwijs.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.wegwijs.conversation.MessageKind;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

class UpdateMapperTest {


    static Update update(String json) throws Exception {
        return new ObjectMapper().readValue(json, Update.class);
    }

    static String message(String body) {
        return "{\"update_id\":1,\"message\":{\"message_id\":1,\"date\":1763800000,"
                + "\"chat\":{\"id\":42,\"type\":\"private\"},\"from\":{\"id\":42,\"is_bot\":false,\"first_name\":\"A\"}," + body + "}}";
    }

    @Test
    void mapsTextAndKeepsNoNameOrUsername() throws Exception {
        var mapped = UpdateMapper.map(update(message("\"text\":\"hallo\""))).orElseThrow();

        assertThat(mapped.message().kind()).isEqualTo(MessageKind.TEXT);
        assertThat(mapped.message().text()).isEqualTo("hallo");
        assertThat(mapped.message().toString()).doesNotContain("42").doesNotContain("hallo");
    }

    @Test
    void recognisesWhatTheBotCannotRead() throws Exception {
        assertThat(UpdateMapper.map(update(message("\"photo\":[{\"file_id\":\"f\",\"file_unique_id\":\"u\",\"width\":1,\"height\":1}]")))
                .orElseThrow().message().kind()).isEqualTo(MessageKind.PHOTO);
        assertThat(UpdateMapper.map(update(message("\"document\":{\"file_id\":\"f\",\"file_unique_id\":\"u\"}")))
                .orElseThrow().message().kind()).isEqualTo(MessageKind.DOCUMENT);
        assertThat(UpdateMapper.map(update(message("\"voice\":{\"file_id\":\"f\",\"file_unique_id\":\"u\",\"duration\":1}")))
                .orElseThrow().message().kind()).isEqualTo(MessageKind.VOICE);
    }

    @Test
    void anEditedMessageIsMarkedAsSuch() throws Exception {
        String json = message("\"text\":\"x\"").replace("\"message\":", "\"edited_message\":");
        assertThat(UpdateMapper.map(update(json)).orElseThrow().message().kind()).isEqualTo(MessageKind.EDITED);
    }

    @Test
    void ignoresGroupChatsAndUpdatesWithoutAChat() throws Exception {
        String group = message("\"text\":\"x\"").replace("\"type\":\"private\"", "\"type\":\"group\"").replace("\"id\":42,\"type\"", "\"id\":-100,\"type\"");
        assertThat(UpdateMapper.map(update(group))).isEmpty();
        assertThat(UpdateMapper.map(update("{\"update_id\":5}"))).isEmpty();
    }
}

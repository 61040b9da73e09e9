package cn.yibao.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yibao.api.http.MediaTypes.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediaTypesTest {

    @Test
    void the_first_acceptable_entry_chooses_the_response_type() {
        assertThat(MediaTypes.negotiate(List.of())).isEqualTo(Response.JSON);
        assertThat(MediaTypes.negotiate(List.of("*/*"))).isEqualTo(Response.JSON);
        assertThat(MediaTypes.negotiate(List.of("text/html", "application/json;q=0.9")))
                .isEqualTo(Response.JSON);
        assertThat(MediaTypes.negotiate(List.of("application/graphql-response+json", "application/json")))
                .isEqualTo(Response.GRAPHQL_RESPONSE);
        assertThat(MediaTypes.negotiate(List.of("text/html", "application/xml")))
                .isNull();
    }

    @Test
    void only_json_in_utf8_is_read() {
        assertThat(MediaTypes.unsupportedContentType("application/json")).isNull();
        assertThat(MediaTypes.unsupportedContentType("Application/JSON; charset=\"UTF-8\""))
                .isNull();
        assertThat(MediaTypes.unsupportedContentType(null)).isEqualTo("Content-Type is missing");
        assertThat(MediaTypes.unsupportedContentType("application/graphql"))
                .isEqualTo("application/graphql is not served: send application/json");
        assertThat(MediaTypes.unsupportedContentType("application/json; charset=ISO-8859-1"))
                .isEqualTo("charset iso-8859-1: only UTF-8");
    }
}

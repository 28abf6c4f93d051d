package com.astroaxis.files.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentDispositionsTest {

    @Test
    void asciiNamesAreQuotedAndEncoded() {
        assertThat(ContentDispositions.attachment("receipt 12.pdf"))
                .isEqualTo("attachment; filename=\"receipt 12.pdf\"; filename*=UTF-8''receipt%2012.pdf");
    }

    @Test
    void otherNamesGetAnAsciiFallbackAndTheExactNameInUtf8() {
        assertThat(ContentDispositions.attachment("Ọjà \"best\".png"))
                .isEqualTo("attachment; filename=\"_j_ _best_.png\"; filename*=UTF-8''%E1%BB%8Cj%C3%A0%20%22best%22.png");
    }
}

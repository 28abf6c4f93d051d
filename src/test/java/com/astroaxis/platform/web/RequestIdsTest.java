package com.astroaxis.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void keepsAnIdOfferedByTheCaller() {
        assertThat(RequestIds.acceptOrGenerate("till-7:0001-abc")).isEqualTo("till-7:0001-abc");
    }

    @Test
    void replacesAnythingThatCouldForgeALogLine() {
        assertThat(RequestIds.acceptOrGenerate("abc\nFAKE LOG LINE")).doesNotContain("FAKE").hasSize(36);
        assertThat(RequestIds.acceptOrGenerate(null)).hasSize(36);
        assertThat(RequestIds.acceptOrGenerate("x".repeat(65))).hasSize(36);
    }
}

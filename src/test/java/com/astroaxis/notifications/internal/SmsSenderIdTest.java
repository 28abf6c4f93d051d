package com.astroaxis.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsSenderIdTest {

    @Test
    void theSenderIsTheCompanyNameCutToElevenCharacters() {
        assertThat(SmsGateway.senderId("AstroAxis")).isEqualTo("AstroAxis");
        assertThat(SmsGateway.senderId("Mama Put Foods Nigeria")).isEqualTo("Mama Put Fo");
        assertThat(SmsGateway.senderId("Chicken Republic")).isEqualTo("Chicken Rep");
        assertThat(SmsGateway.senderId("Ade & Sons Ltd")).isEqualTo("Ade & Sons");
    }
}

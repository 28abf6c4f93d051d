package com.astroaxis.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.astroaxis.notifications.Channel;
import com.astroaxis.platform.web.ProblemException;

import org.junit.jupiter.api.Test;

class RecipientsTest {

    @Test
    void masksPhoneNumbersKeepingTheNetworkAndTheLastFourDigits() {
        assertThat(Recipients.mask("+2348031234567")).isEqualTo("+23480****4567");
        assertThat(Recipients.mask("+12025550123")).isEqualTo("+12025****0123");
        assertThat(Recipients.mask("+4420123")).isEqualTo("+44****23");
    }

    @Test
    void masksEmailAddressesKeepingTheFirstLetterAndTheDomain() {
        assertThat(Recipients.mask("ada@example.ng")).isEqualTo("a***@example.ng");
        assertThat(Recipients.mask("x@shop.com.ng")).isEqualTo("x***@shop.com.ng");
    }

    @Test
    void acceptsEmailAddressesAndE164Numbers() {
        assertThat(Recipients.check(Channel.EMAIL, " ada.obi+shop@mail.example.ng ")).isEqualTo("ada.obi+shop@mail.example.ng");
        assertThat(Recipients.check(Channel.SMS, "+2348031234567")).isEqualTo("+2348031234567");
    }

    @Test
    void refusesWhatCannotBeDeliveredOnTheChannel() {
        for (var bad : new String[] {"", "ada", "ada@", "@example.ng", "ada@example", "ada obi@example.ng",
                "ada@example.ng\r\nBcc: eve@example.ng", "<ada@example.ng>", "+2348031234567"}) {
            assertThatThrownBy(() -> Recipients.check(Channel.EMAIL, bad)).as(bad).isInstanceOf(ProblemException.class);
        }
        for (var bad : new String[] {"08031234567", "2348031234567", "+234-803-123-4567", "+0803123456", "ada@example.ng"}) {
            assertThatThrownBy(() -> Recipients.check(Channel.SMS, bad)).as(bad).isInstanceOf(ProblemException.class);
        }
        assertThatThrownBy(() -> Recipients.check(Channel.SMS, null)).isInstanceOf(ProblemException.class);
    }
}

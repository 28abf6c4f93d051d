package com.astroaxis.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void refusesTheMostCommonPasswordsWhateverTheirCase() {
        assertThatThrownBy(() -> PasswordPolicy.check("Password1")).hasMessageContaining("most commonly used");
        assertThatThrownBy(() -> PasswordPolicy.check("iloveyou")).hasMessageContaining("most commonly used");
        assertThatThrownBy(() -> PasswordPolicy.check("QWERTYUIOP")).hasMessageContaining("most commonly used");
    }

    @Test
    void acceptsLengthsFromEightToAHundredAndTwentyEight() {
        assertThatThrownBy(() -> PasswordPolicy.check("Ab3$x9k")).hasMessageContaining("at least 8");
        assertThatCode(() -> PasswordPolicy.check("Ab3$x9kQ")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("correct horse battery staple ".repeat(4).substring(0, 64)))
                .doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("é".repeat(128))).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(129))).hasMessageContaining("at most 128");
    }

    @Test
    void shipsAListOfThousandsOfPasswords() {
        org.assertj.core.api.Assertions.assertThat(CommonPasswords.size()).isGreaterThan(9_000);
    }
}

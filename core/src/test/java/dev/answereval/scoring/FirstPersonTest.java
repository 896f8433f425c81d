package dev.answereval.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstPersonTest {
  @Test
  void subjectsAreIAndWeAlsoContracted() {
    assertThat(FirstPerson.subject("i")).isTrue();
    assertThat(FirstPerson.subject("we")).isTrue();
    assertThat(FirstPerson.subject("i'd")).isTrue();
    assertThat(FirstPerson.subject("we've")).isTrue();
    assertThat(FirstPerson.subject("me")).isFalse();
    assertThat(FirstPerson.subject("our")).isFalse();
    assertThat(FirstPerson.subject("it's")).isFalse();
    assertThat(FirstPerson.subject("'d")).isFalse();
  }

  @Test
  void anyFirstPersonFormCounts() {
    assertThat(FirstPerson.any("me")).isTrue();
    assertThat(FirstPerson.any("mine")).isTrue();
    assertThat(FirstPerson.any("ourselves")).isTrue();
    assertThat(FirstPerson.any("i'm")).isTrue();
    assertThat(FirstPerson.any("we'll")).isTrue();
    assertThat(FirstPerson.any("you")).isFalse();
    assertThat(FirstPerson.any("they'd")).isFalse();
    assertThat(FirstPerson.any("mind")).isFalse();
  }
}

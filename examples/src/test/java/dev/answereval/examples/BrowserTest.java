package dev.answereval.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.answereval.scoring.AnswerScore;
import dev.answereval.scoring.KeyPointResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End-to-end: the serve page in headless Debian Chromium, driven through the system chromedriver.
 * Fails (does not skip) when the browser is missing, since CI installs it.
 */
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String ANSWER =
      "I would first move the client to a quiet room where they feel safe. Then I would guide"
          + " slow breathing and a grounding exercise until the panic eases.";

  private static AnswerServer server;
  private static WebDriver driver;
  private static Path profile;
  private static final StringWriter LOG = new StringWriter();

  @BeforeAll
  static void start() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail(
          "the browser test needs Debian's Chromium at "
              + CHROMIUM
              + " and its driver at "
              + CHROMEDRIVER
              + "; install them with: apt-get install -y chromium chromium-driver");
    }
    server = AnswerServer.start(CliRun.testEvaluator(), 0, new PrintWriter(LOG, true));
    profile = Files.createTempDirectory("answer-eval-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
    if (profile != null) {
      deleteTree(profile);
    }
  }

  @BeforeEach
  void openPage() {
    driver.get(server.uri().toString());
    waitUntil()
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#question option")));
  }

  private static WebDriverWait waitUntil() {
    return new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  private static void score(String role, String questionId, String answer) {
    new Select(driver.findElement(By.id("role"))).selectByVisibleText(role);
    new Select(driver.findElement(By.id("question"))).selectByValue(questionId);
    WebElement box = driver.findElement(By.id("answer"));
    box.clear();
    box.sendKeys(answer);
    driver.findElement(By.id("score-button")).click();
  }

  @Test
  void scoringShowsTheScoreHighlightedEvidenceAndMissingKeyPoints() {
    AnswerScore expected = CliRun.testEvaluator().score("panic-01", ANSWER);
    KeyPointResult calm = expected.keyPoint("calm-space").orElseThrow();
    assertThat(calm.covered()).isTrue();
    assertThat(calm.evidence()).hasSize(1);
    assertThat(expected.covers("follow-up")).isFalse();

    score("Support Worker", "panic-01", ANSWER);
    waitUntil().until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));

    String shown = driver.findElement(By.id("score")).getText();
    assertThat(shown).matches("\\d{1,3}\\.\\d");
    assertThat(Double.parseDouble(shown))
        .isCloseTo(expected.score(), org.assertj.core.data.Offset.offset(0.05 + 1e-9));
    assertThat(driver.findElement(By.id("band")).getText()).isEqualTo(expected.band().label());

    List<WebElement> marks =
        driver.findElements(By.cssSelector("#answer-kp mark[data-kp~='calm-space']"));
    assertThat(marks).isNotEmpty();
    assertThat(marks.stream().map(WebElement::getText).collect(Collectors.joining()))
        .isEqualTo("I would first move the client to a quiet room where they feel safe.");
    WebElement swatch =
        driver.findElement(By.cssSelector("#legend li[data-kp='calm-space'] .swatch"));
    assertThat(marks.get(0).getCssValue("background-color"))
        .isEqualTo(swatch.getCssValue("background-color"))
        .isNotEqualTo("rgba(0, 0, 0, 0)");
    assertThat(driver.findElement(By.cssSelector("#legend li[data-kp='calm-space']")).getText())
        .isEqualTo("Move the client to a quiet, calm room where they feel safe.");
    assertThat(driver.findElement(By.id("answer-kp")).getText()).isEqualTo(ANSWER);

    assertThat(driver.findElements(By.cssSelector("#missing li")))
        .extracting(WebElement::getText)
        .containsExactly("follow-up");
    assertThat(driver.findElements(By.cssSelector("#feedback li")))
        .extracting(WebElement::getText)
        .containsExactlyElementsOf(expected.feedback());
    assertThat(driver.findElement(By.id("star-section")).isDisplayed()).isFalse();
  }

  @Test
  void behavioralAnswerIsHighlightedByStarComponent() {
    String answer =
        "Last year at my previous job two colleagues kept arguing about the rota. My goal was to"
            + " restore a working relationship. I met each of them separately and listened to both."
            + " As a result, complaints dropped.";

    score("Team Coordinator", "conflict-01", answer);
    waitUntil().until(ExpectedConditions.visibilityOfElementLocated(By.id("star-section")));

    List<WebElement> situation =
        driver.findElements(By.cssSelector("#answer-star mark[data-star~='situation']"));
    assertThat(situation.stream().map(WebElement::getText).collect(Collectors.joining()))
        .isEqualTo("Last year at my previous job two colleagues kept arguing about the rota.");
    assertThat(driver.findElements(By.cssSelector("#star-legend li")))
        .extracting(WebElement::getText)
        .hasSize(4)
        .allSatisfy(t -> assertThat(t).matches("(situation|task|action|result)( \\(missing\\))?"));
  }

  @Test
  void anEmptyAnswerShowsTheServersReason() {
    score("All roles", "why-01", " ");

    waitUntil().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "empty"));
    assertThat(driver.findElement(By.id("status")).getText())
        .isEqualTo("answer is empty or whitespace-only");
  }

  private static void deleteTree(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}

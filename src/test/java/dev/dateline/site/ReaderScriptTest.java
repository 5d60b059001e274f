package dev.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The G20 home page in a real browser: filters, the address that keeps them, keys, and no script at all. */
class ReaderScriptTest {
    private static final List<String> ALL_EVENTS = List.of("trump-putin-meeting", "putin-working-group",
            "trump-cyber-unit-tweet", "rubio-assad-comparison", "trump-cant-happen-tweet", "white-house-no-details");

    private static SiteServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        server = new SiteServer(SiteBuild.build());
        browser = Browser.start(true);
    }

    @AfterAll
    static void stop() {
        browser.close();
        server.close();
    }

    @AfterEach
    void noConsoleErrors() {
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void choosingAnActorShowsOnlyTheirEventsAndPutsTheFilterInTheAddress() {
        browser.open(server.url("index.html"));
        assertThat(browser.find("form.filters").isDisplayed()).isTrue();
        new Select(browser.find("select[name=actor]")).selectByValue("rubio");
        assertThat(visibleEntries()).containsExactly("rubio-assad-comparison");
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(server.url("index.html?actor=rubio"));
        assertThat(browser.find(".filter-status").getText()).isEqualTo("Viser 1 av 6 hendelser");

        new Select(browser.find("select[name=actor]")).selectByValue("trump");
        new Select(browser.find("select[name=kind]")).selectByValue("reversal");
        assertThat(visibleEntries()).containsExactly("trump-cant-happen-tweet");
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(server.url("index.html?actor=trump&kind=reversal"));

        new Select(browser.find("select[name=actor]")).selectByValue("");
        new Select(browser.find("select[name=kind]")).selectByValue("");
        assertThat(visibleEntries()).containsExactlyElementsOf(ALL_EVENTS);
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(server.url("index.html"));
        assertThat(browser.find(".filter-status").getText()).isEmpty();
    }

    @Test
    void aSharedAddressWithAFilterAppliesIt() {
        browser.open(server.url("index.html?actor=putin&kind=confirmation"));
        assertThat(visibleEntries()).containsExactly("putin-working-group");
        assertThat(new Select(browser.find("select[name=actor]")).getFirstSelectedOption().getText())
                .isEqualTo("Vladimir Putin");
        assertThat(new Select(browser.find("select[name=kind]")).getFirstSelectedOption().getText())
                .isEqualTo("Bekreftelse");
        assertThat(browser.findAll(".overview a:not(.dim)")).extracting(a -> a.getDomAttribute("href"))
                .containsExactly("#putin-working-group");
    }

    @Test
    void anUnknownFilterValueIsIgnored() {
        browser.open(server.url("index.html?actor=nobody&kind=rumour"));
        assertThat(visibleEntries()).containsExactlyElementsOf(ALL_EVENTS);
    }

    @Test
    void theEntryTheAddressPointsToIsShownAndHighlightedEvenWhenFilteredOut() {
        browser.open(server.url("index.html?actor=rubio#trump-cant-happen-tweet"));
        assertThat(visibleEntries()).containsExactlyElementsOf(ALL_EVENTS);
        WebElement target = browser.find("#trump-cant-happen-tweet");
        assertThat(target.getCssValue("background-color")).isEqualTo("rgba(255, 243, 196, 1)");
        assertThat(browser.find("#trump-cyber-unit-tweet").getCssValue("background-color"))
                .isEqualTo("rgba(0, 0, 0, 0)");
    }

    @Test
    void jAndKMoveBetweenTheVisibleEntries() {
        browser.open(server.url("index.html"));
        WebElement body = browser.find("body");
        body.sendKeys("j");
        assertThat(focusedId()).isEqualTo("trump-putin-meeting");
        browser.driver().switchTo().activeElement().sendKeys("j");
        assertThat(focusedId()).isEqualTo("putin-working-group");
        browser.driver().switchTo().activeElement().sendKeys("k");
        assertThat(focusedId()).isEqualTo("trump-putin-meeting");
        assertThat(browser.find("#trump-putin-meeting").getCssValue("outline-style")).isEqualTo("solid");

        new Select(browser.find("select[name=actor]")).selectByValue("trump");
        browser.find("select[name=actor]").sendKeys("j");
        assertThat(focusedId()).as("typing in a form control is left alone").isEmpty();
        browser.find("#trump-putin-meeting h2 a").sendKeys("j");
        assertThat(focusedId()).as("the next entry Trump is part of").isEqualTo("trump-cyber-unit-tweet");
        browser.driver().switchTo().activeElement().sendKeys("j");
        assertThat(focusedId()).isEqualTo("trump-cant-happen-tweet");
        browser.driver().switchTo().activeElement().sendKeys(Keys.chord(Keys.CONTROL, "k"));
        assertThat(focusedId()).isEqualTo("trump-cant-happen-tweet");
    }

    @Test
    void withoutJavaScriptEveryEventIsVisibleAndNoControlIsShown() {
        try (Browser noScript = Browser.start(false)) {
            noScript.open(server.url("index.html?actor=rubio"));
            assertThat(noScript.findAll("ol.events > li.entry")).extracting(e -> e.getDomAttribute("id"))
                    .containsExactlyElementsOf(ALL_EVENTS);
            assertThat(noScript.findAll("ol.events > li.entry")).allMatch(WebElement::isDisplayed);
            assertThat(noScript.find("form.filters").isDisplayed()).isFalse();
            assertThat(noScript.find(".overview svg").isDisplayed()).isTrue();
            assertThat(noScript.findAll(".overview a")).hasSize(ALL_EVENTS.size()).allMatch(WebElement::isDisplayed);
            assertThat(noScript.consoleErrors()).isEmpty();
        }
    }

    private static List<String> visibleEntries() {
        return browser.findAll("ol.events > li.entry").stream()
                .filter(WebElement::isDisplayed)
                .map(e -> e.getDomAttribute("id"))
                .toList();
    }

    /** The id of the entry that has the focus, or "" when the focus is elsewhere. */
    private static String focusedId() {
        WebElement active = browser.driver().switchTo().activeElement();
        return active.getTagName().equals("li") ? active.getDomAttribute("id") : "";
    }
}

package ru.praktika.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The admin creates an officer of Minzdrav; the officer signs in with the temporary password and sets
 * their own; the coordinator finds both changes in the journal.
 */
class AdminJourneyTest extends BrowserJourney {

    private static final String OFFICER = "ivanova.zdrav";
    private static final String TEMPORARY = "Vremenny-2026";
    private static final String OWN = "Sobstvenny-2026";

    @Test
    void adminCreatesAnOfficerWhoChangesTheirPasswordAndTheCoordinatorSeesIt() throws Exception {
        logIn("admin");
        open("/admin/users/new");
        find(By.id("username")).sendKeys(OFFICER);
        browser.findElement(By.id("fullName")).sendKeys("Иванова Ольга Петровна");
        browser.findElement(By.id("position")).sendKeys("главный специалист-эксперт отдела организации медицинской помощи");
        browser.findElement(By.id("email")).sendKeys("ivanova@amurzdrav.example");
        browser.findElement(By.id("phone")).sendKeys("+7 (4162) 23-45-67");
        browser.findElement(By.cssSelector("input[name=roles][value=OFFICER]")).click();
        new Select(browser.findElement(By.id("bodyId"))).selectByVisibleText("Министерство здравоохранения Амурской области");
        browser.findElement(By.id("password")).sendKeys(TEMPORARY);
        screenshot("admin-01-new-officer-form");
        browser.findElement(By.cssSelector("#user-form button[type=submit]")).click();
        assertThat(find(By.cssSelector(".alert-success")).getText()).isEqualTo("Пользователь создан. Сообщите ему временный пароль.");
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("Иванова Ольга Петровна");
        screenshot("admin-02-officer-created");
        open("/admin/users?role=OFFICER");
        assertThat(find(By.cssSelector("tr[data-username='" + OFFICER + "']")).getText())
                .contains("Иванова Ольга Петровна", "Ответственный исполнитель", "Минздрав", "активен");
        screenshot("admin-03-user-list");
        logOut();

        signIn(OFFICER, TEMPORARY);
        // A password the admin gave out opens only the profile, until the officer chooses their own.
        assertThat(find(By.id("temporary-password-notice")).getText()).startsWith("Вы вошли с временным паролем");
        assertThat(browser.getCurrentUrl()).endsWith("/account");
        find(By.id("currentPassword")).sendKeys(TEMPORARY);
        browser.findElement(By.id("newPassword")).sendKeys(OWN);
        browser.findElement(By.id("repeatPassword")).sendKeys(OWN + "x");
        browser.findElement(By.cssSelector("#password-form button[type=submit]")).click();
        assertThat(find(By.cssSelector("#repeatPassword + .invalid-feedback")).getText()).isEqualTo("Пароли не совпадают.");
        screenshot("admin-04-officer-password-mismatch");
        find(By.id("currentPassword")).sendKeys(TEMPORARY);
        browser.findElement(By.id("newPassword")).sendKeys(OWN);
        browser.findElement(By.id("repeatPassword")).sendKeys(OWN);
        browser.findElement(By.cssSelector("#password-form button[type=submit]")).click();
        assertThat(find(By.cssSelector(".alert-success")).getText()).isEqualTo("Пароль изменён.");
        screenshot("admin-05-officer-password-changed");
        open("/");
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("Здравствуйте, Иванова Ольга Петровна!");
        logOut();
        signIn(OFFICER, OWN);
        logOut();

        logIn("coordinator");
        open("/audit");
        new Select(find(By.id("user"))).selectByVisibleText("Иванова Ольга Петровна");
        new Select(browser.findElement(By.id("type"))).selectByVisibleText("Пользователь");
        browser.findElement(By.cssSelector("#audit-filters button[type=submit]")).click();
        WebElement change = find(By.cssSelector("#audit-table tr[data-operation=MOD] li[data-field=passwordChangedAt]"));
        assertThat(change.getText()).startsWith("Пароль изменён: ").contains(" → ");
        assertThat(find(By.cssSelector("#audit-table tbody")).getText()).contains("Иванова Ольга Петровна", "Минздрав", "изменение");
        screenshot("admin-06-coordinator-sees-password-change");
        open("/audit?type=AppUser&user=admin");
        WebElement created = find(By.cssSelector("#audit-table tr[data-operation=ADD]"));
        assertThat(created.getText()).contains("Технический администратор", "создание", "ФИО: — → Иванова Ольга Петровна",
                "Орган: — → Минздрав", "Роли: — → Ответственный исполнитель");
        screenshot("admin-07-coordinator-sees-user-created");
    }

    private void signIn(String username, String password) {
        open("/login");
        find(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action$='/logout']")));
    }
}

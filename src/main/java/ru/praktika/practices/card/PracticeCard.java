package ru.praktika.practices.card;

import java.time.LocalDate;
import java.util.List;

/** What a person types into the practice card (everything except the status and Smarteka details). */
public record PracticeCard(String title, Long categoryId, Long municipalityId, String leaderName, String leaderPosition,
                    String leaderPhone, String leaderEmail, String summary, String problem, String algorithm,
                    String results, List<Indicator> indicators, String resourcesStaff, String resourcesMoney,
                    String resourcesMaterials, LocalDate periodStart, LocalDate periodEnd, String legalActs,
                    String partners, String tags) {
}

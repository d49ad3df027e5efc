package ru.praktika.practices.proposals;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The municipal proposal (cl. 6) and the body's decision on it. */
final class ProposalForms {

    private ProposalForms() {
    }

    public record ProposalForm(@NotNull Long bodyId, Long categoryId, @NotBlank @Size(max = 300) String title,
                               @NotBlank @Size(max = 4000) String summary, @Size(max = 4000) String problem,
                               @Size(max = 8000) String solution, @Size(max = 4000) String results,
                               @NotBlank @Size(max = 300) String contact) {
    }

    public record DecisionForm(Long version, Long categoryId, @Size(max = 2000) String reason) {
    }
}

package ru.praktika.platform;

/** A person as documents name them: the signatory of a report, its executor. */
public record Person(String username, String fullName, String position, String phone, String email) {

    /** Initials before the surname, as a signature block writes it: Кузнецова Марина Олеговна → М.О. Кузнецова. */
    public String initialsAndSurname() {
        String[] parts = fullName == null ? new String[0] : fullName.strip().split("\\s+");
        if (parts.length < 2) {
            return fullName == null ? "" : fullName.strip();
        }
        StringBuilder initials = new StringBuilder();
        for (int i = 1; i < parts.length; i++) {
            initials.append(parts[i].charAt(0)).append('.');
        }
        return initials + "\u00a0" + parts[0];
    }

    /** The position with a capital letter, as it opens the signature block. */
    public String positionCapitalised() {
        if (position == null || position.isBlank()) {
            return null;
        }
        String p = position.strip();
        return Character.toUpperCase(p.charAt(0)) + p.substring(1);
    }
}

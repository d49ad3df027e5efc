package ru.praktika.adoption.catalogue;

import java.util.List;
import org.springframework.context.ApplicationContext;
import ru.praktika.accounts.TestUsers;

/** Lets the import benchmark (ru.praktika.bench, test code) run the catalogue import as a demo officer. */
public class CatalogueImportProbe {

    private final CatalogueImport importer;
    private final TestUsers users;

    public CatalogueImportProbe(ApplicationContext context) {
        this.importer = context.getBean(CatalogueImport.class);
        this.users = context.getBean(TestUsers.class);
    }

    /** created, updated, unchanged, rejected. */
    public List<Integer> importFile(String name, byte[] content, int expectedRows) {
        List<ImportFile.RawRow> rows = ImportFile.read(name, content);
        if (rows.size() != expectedRows) {
            throw new IllegalStateException("read " + rows.size() + " rows, expected " + expectedRows);
        }
        CatalogueImport.Report r = importer.run(rows, users.current("officer.zdrav"), (phase, done, total) -> { });
        return List.of(r.created(), r.updated(), r.unchanged(), r.rejected().size());
    }
}

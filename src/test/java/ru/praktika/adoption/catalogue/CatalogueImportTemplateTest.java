package ru.praktika.adoption.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.PraktikaTest;
import ru.praktika.accounts.TestUsers;

/** The downloadable import template: Russian headers the importer reads back, nothing to import by mistake. */
@PraktikaTest
class CatalogueImportTemplateTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;

    @Test
    void theTemplateHasTheImportersColumnsUnderRussianNamesAndNoRowToImport() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/adoption/catalogue/import/template.xlsx").with(users.as("officer.zdrav")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getHeader("Content-Disposition")).contains("filename*=UTF-8''", ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Row header = book.getSheetAt(0).getRow(0);
            List<String> names = new ArrayList<>();
            header.forEach(cell -> names.add(cell.getStringCellValue()));
            assertThat(names).startsWith("Ссылка на Смартеке", "Название");
            assertThat(names.stream().map(ImportFile::column).toList()).isEqualTo(ImportFile.COLUMNS);
            assertThat(book.getSheetAt(0).getLastRowNum()).as("only the header on the sheet that is imported").isZero();
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("Как заполнить");
            assertThat(book.getSheetAt(0).getPaneInformation().isFreezePane()).isTrue();
        }
        mvc.perform(get("/adoption/catalogue/import/template.xlsx").with(users.as("head.zdrav"))).andExpect(status().isForbidden());
    }
}

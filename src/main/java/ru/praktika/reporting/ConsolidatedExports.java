package ru.praktika.reporting;

import org.springframework.stereotype.Service;

/** The consolidated report as files: one call builds the report and renders it in the asked format. */
@Service
public class ConsolidatedExports {

    private final ConsolidatedReports reports;
    private final ReportDocuments documents;
    private final DocxWriter docx;
    private final XlsxWriter xlsx;
    private final PdfWriter pdf;

    ConsolidatedExports(ConsolidatedReports reports, ReportDocuments documents, DocxWriter docx, XlsxWriter xlsx, PdfWriter pdf) {
        this.reports = reports;
        this.documents = documents;
        this.docx = docx;
        this.xlsx = xlsx;
        this.pdf = pdf;
    }

    public byte[] docx(String scope) {
        return docx.write(documents.consolidated(reports.build(scope)));
    }

    public byte[] xlsx(String scope) {
        return xlsx.write(documents.consolidated(reports.build(scope)));
    }

    public byte[] pdf(String scope) {
        return pdf.write(documents.consolidated(reports.build(scope)));
    }
}

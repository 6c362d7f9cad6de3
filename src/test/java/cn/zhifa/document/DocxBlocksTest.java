package cn.zhifa.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;

/** The streaming reader of a filled .docx reads what POI reads, or declines (and POI reads it). */
class DocxBlocksTest {

    /** Blocks as comparable text (a table's widths are an array: records compare arrays by reference). */
    private static String show(List<CompiledTemplate.Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (CompiledTemplate.Block b : blocks) {
            if (b instanceof CompiledTemplate.Para p) {
                sb.append(p).append('\n');
            } else if (b instanceof CompiledTemplate.Table t) {
                sb.append("Table").append(t.rows()).append(Arrays.toString(t.widths())).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void readsEveryShippedKindAsPoiDoesHostileTextIncluded() {
        for (String value : List.of("普通文字", "  <b>\"甲\" & 'x'</b>\n第二行\n\n\t第四行 " + "长".repeat(300) + "  ",
                DocumentText.clean("<script>alert('x')</script>{{unitName}}&lt;b&gt;\u0000\u0007\u001b"), "")) {
            for (DocumentType t : DocumentType.values()) {
                Map<String, String> f = new LinkedHashMap<>();
                DocumentData.FIELDS.keySet().forEach(k -> f.put(k, value.isEmpty() ? "" : k + "：" + value));
                byte[] docx = DocumentRenderer.docx(DefaultTemplates.build(t), f);
                List<CompiledTemplate.Block> fast = DocxBlocks.read(docx).orElseThrow(
                        () -> new AssertionError(t + ": the shipped template must be read without POI"));
                assertThat(show(fast)).as(t.name()).isEqualTo(show(CompiledTemplate.blocks(docx)));
                assertThat(fast).as(t.name()).isNotEmpty();
            }
        }
    }

    @Test
    void sizeWeightAlignmentAndIndentAreReadAsPoiReadsThem() throws Exception {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = d.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun r = title.createRun();
            r.setBold(true);
            r.setFontSize(22);
            r.setText("标题");
            XWPFParagraph body = d.createParagraph();
            body.setIndentationFirstLine(480);
            XWPFRun b = body.createRun();
            b.setFontSize(10.5);
            b.setBold(false);
            b.setText("正文");
            b.addTab();
            b.addBreak();
            b.setText("次行");
            XWPFParagraph right = d.createParagraph();
            right.setAlignment(ParagraphAlignment.RIGHT);
            right.createRun().setText("落款");
            d.createParagraph();
            d.createTable(2, 2).getRow(0).getCell(0).setText("格");
            d.write(out);
            byte[] docx = out.toByteArray();
            List<CompiledTemplate.Block> fast = DocxBlocks.read(docx).orElseThrow();
            assertThat(show(fast)).isEqualTo(show(CompiledTemplate.blocks(docx)));
            CompiledTemplate.Para first = (CompiledTemplate.Para) fast.get(0);
            assertThat(first.bold()).isTrue();
            assertThat(first.size()).isEqualTo(22f);
            assertThat(first.align()).isEqualTo(PdfLayout.Align.CENTER);
            assertThat(((CompiledTemplate.Para) fast.get(1)).text()).isEqualTo("正文\t\n次行");
            assertThat(((CompiledTemplate.Para) fast.get(1)).indentEm()).isEqualTo(480 / 20f / 10.5f);
        }
    }

    @Test
    void structureItDoesNotReadIsLeftToPoi() throws Exception {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph p = d.createParagraph();
            p.createHyperlinkRun("https://example.org").setText("链接");
            d.write(out);
            byte[] docx = out.toByteArray();
            assertThat(DocxBlocks.read(docx)).isEmpty();
            // the layout still prints the text: POI reads it
            try (PdfLayout layout = new PdfLayout()) {
                CompiledTemplate.layoutFilled(docx, layout);
                assertThat(layout.pages()).isEqualTo(1);
            }
            assertThat(show(CompiledTemplate.blocks(docx))).contains("链接");
        }
        assertThat(DocxBlocks.read("not a zip".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEmpty();
    }
}

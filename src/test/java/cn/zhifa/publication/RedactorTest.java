package cn.zhifa.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The automatic redaction as a table: input text → published text, with Chinese text and punctuation around. */
class RedactorTest {

    private final Redactor redactor = new Redactor(Redactor.NameRule.SURNAME_MOUMOU);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            18-digit ID                | 身份证号110105199001011234，无业。                      | 身份证号***，无业。
            18-digit ID with X         | 公民身份号码：11010519900101123X；                    | 公民身份号码：***；
            18-digit ID with small x   | （身份证11010519900101123x）                          | （身份证***）
            15-digit old ID            | 旧身份证号码110105900101123。                          | 旧身份证号码***。
            credit code                | 统一社会信用代码91110105MA01ABCD2X，                   | 统一社会信用代码***，
            credit code no label       | 某公司（91310000MA1FL0XQ7L）占道                      | 某公司（***）占道
            mobile                     | 联系电话13800138000。                                  | 联系电话***。
            mobile with +86            | 手机+86 13912345678，                                  | 手机***，
            mobile with dashes         | 手机：139-1234-5678；                                  | 手机：***；
            landline with area code    | 座机010-65123456转8001，                               | 座机***，
            landline in brackets       | 电话（0755）83216543。                                 | 电话***。
            landline without area      | 联系电话：65123456，                                   | 联系电话：***，
            bank card grouped          | 银行卡号6222 0212 3456 7890 123，                      | 银行卡号***，
            bank card plain            | 转账至6222021234567890123。                            | 转账至***。
            bank account after label   | 开户行账号：110 9876 5432 10，                          | 开户行账号：***，
            property certificate       | 房屋京(2020)朝阳区不动产权第0012345号，                 | 房屋***，
            old property certificate   | 持有京房权证朝私字第123456号。                         | 持有***。
            address after marker       | 住址：北京市朝阳区朝阳路1号院3号楼2单元501室。          | 住址：北京市朝阳区朝阳路***。
            dwelling detail            | 在5栋1202室内堆放杂物，                                | 在***内堆放杂物，
            home address marker 家住   | 当事人家住朝阳区幸福村12号，                            | 当事人家住朝阳区幸福村***，
            amounts stay               | 罚款人民币5000元，没收违法所得1200.50元。              | 罚款人民币5000元，没收违法所得1200.50元。
            dates stay                 | 2026年3月5日14时许，在朝阳路占道经营。                  | 2026年3月5日14时许，在朝阳路占道经营。
            law articles stay          | 依据《城市市容和环境卫生管理条例》第三十六条第（一）项 | 依据《城市市容和环境卫生管理条例》第三十六条第（一）项
            12345 hotline stays        | 经12345热线转办，                                      | 经12345热线转办，
            """)
    void redactsNumbersAndAddresses(String label, String input, String expected) {
        assertThat(redactor.redact(input, List.of(), List.of()).text()).as(label).isEqualTo(expected);
    }

    @Test
    void namesOfNaturalPersonsFollowTheRule() {
        String text = "当事人王小明（男，身份证号110105199001011234）于朝阳路1号占道经营，王小明称系临时摆放。欧阳娜娜在场。";
        Redactor.Result r = redactor.redact(text, List.of("王小明", "欧阳娜娜"), List.of());
        assertThat(r.text()).isEqualTo("当事人王某某（男，身份证号***）于朝阳路1号占道经营，王某某称系临时摆放。欧阳某某在场。");
        assertThat(r.found()).containsEntry(Redactor.Category.NAME, 3).containsEntry(Redactor.Category.ID_CARD, 1);
        assertThat(r.summary()).contains("身份证号 1 处").contains("自然人姓名 3 处");
        assertThat(new Redactor(Redactor.NameRule.SURNAME_MOU).maskName("李娜")).isEqualTo("李某");
        assertThat(new Redactor(Redactor.NameRule.HIDDEN).maskName("司马光")).isEqualTo("某某");
    }

    @Test
    void knownHomeAddressIsCutToTheStreet() {
        Redactor.Result r = redactor.redact("当事人居住在北京市朝阳区和平里街道和平路8号院2号楼301，系在家门口摆摊。",
                List.of(), List.of("北京市朝阳区和平里街道和平路8号院2号楼301"));
        assertThat(r.text()).isEqualTo("当事人居住在北京市朝阳区和平里街道和平路***，系在家门口摆摊。");
        assertThat(r.found()).containsKey(Redactor.Category.ADDRESS);
    }

    @Test
    void mixedTextKeepsEverythingElse() {
        String in = "经查，当事人张三（身份证号码：11010519800101001X，手机：13800000000）于2026年1月5日在幸福路摆摊，"
                + "其工商户统一社会信用代码为92110105MA00ABCD1Y，收款账户：6217 0000 1234 5678 901。";
        Redactor.Result r = redactor.redact(in, List.of("张三"), List.of());
        assertThat(r.text()).isEqualTo("经查，当事人张某某（身份证号码：***，手机：***）于2026年1月5日在幸福路摆摊，"
                + "其工商户统一社会信用代码为***，收款账户：***。");
        assertThat(r.total()).isEqualTo(5);
    }

    @Test
    void redactingTwiceChangesNothing() {
        String once = redactor.redact("住址：北京市朝阳区朝阳路1号院3号楼，电话13800138000", List.of(), List.of()).text();
        Redactor.Result twice = redactor.redact(once, List.of(), List.of());
        assertThat(twice.text()).isEqualTo(once);
        assertThat(twice.total()).isZero();
    }
}

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
            ID with spaces             | 身份证号 110105 19900101 1232，                         | 身份证号 ***，
            ID grouped by four         | 其身份证1101 0519 9001 0112 32。                        | 其身份证***。
            ID with dots, no label     | 号码110.105.1990.0101.1232在案                          | 号码***在案
            ID full-width              | 当事人（１１０１０５１９９００１０１１２３７）到场        | 当事人（***）到场
            ID with wrong check digit  | 身份证号110105199001011230，                            | 身份证号***，
            mobile full-width spaced   | 电话１３９ １２３４ ５６７８；                           | 电话***；
            mobile with dots           | 手机139.1234.5678，                                     | 手机***，
            landline spaced            | 座机021 6543 2109，                                     | 座机***，
            bank card Luhn no label    | 经6222021234567890128转入                                | 经***转入
            plate                      | 车牌号京A·12345的货车                                    | 车牌号***的货车
            new energy plate           | 沪AD12345停放                                            | ***停放
            email                      | 邮箱zhang123@qq.com，                                    | 邮箱***，
            passport                   | 护照号码：E12345678，                                    | 护照号码：***，
            HK-Macau permit            | 港澳通行证C12345678。                                    | 港澳通行证***。
            room after bare 住         | 当事人李某，住501室，                                    | 当事人李某，住***，
            flat after bare 住         | 当事人，住阳光小区3-2-501，                              | 当事人，住阳光小区***，
            lane with house number     | 其家住长乐路123弄45号，                                  | 其家住长乐路***，
            lane without marker        | 在长乐路123弄45号302室门口                               | 在长乐路***门口
            floor and room             | 在幸福大厦B座12层1205室                                  | 在幸福大厦***
            village group              | 户籍地红星村五组12号，                                   | 户籍地红星村***，
            village group unmarked     | 在前进村3组堆放                                          | 在前进村***堆放
            building no marker         | 2号楼3单元门口                                           | ***门口
            hyphenated date stays      | 于2026-03-05检查                                         | 于2026-03-05检查
            measure words stay         | 搭建一座彩钢板房，两栋楼之间                             | 搭建一座彩钢板房，两栋楼之间
            case number stays          | 朝综执立字〔2026〕第0003号                               | 朝综执立字〔2026〕第0003号
            work order stays           | 12345工单编号：20260302548747。                          | 12345工单编号：20260302548747。
            hospital stays             | 住院治疗三天                                             | 住院治疗三天
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            legal representative        | 当事人某某公司，法定代表人：张伟，                 | 当事人某某公司，法定代表人：张某某，
            representative with verb    | 其法定代表人刘建国称不知情。                       | 其法定代表人刘某某称不知情。
            witness list                | 证人李娜、王建华到场作证。                         | 证人李某某、王某某到场作证。
            agent                       | 委托代理人孙丽持授权委托书到场                     | 委托代理人孙某某持授权委托书到场
            operator later again        | 经营者马超称，马超系帮工。                         | 经营者马某某称，马某某系帮工。
            compound surname            | 证人欧阳娜娜证实                                   | 证人欧阳某某证实
            compound surname short      | 负责人司马光在场                                   | 负责人司马某某在场
            masked name stays           | 证人王某某证实                                     | 证人王某某证实
            person in charge signs      | 负责人签字确认                                     | 负责人签字确认
            party acts                  | 当事人向执法人员出示营业执照                       | 当事人向执法人员出示营业执照
            """)
    void personsWithARoleAreMasked(String label, String input, String expected) {
        assertThat(redactor.redact(input, List.of(), List.of()).text()).as(label).isEqualTo(expected);
    }

    @Test
    void anAlreadyMaskedPartyNameStaysAsItIs() {
        // issue 17: a party named 陈某 was published as 陈某某某
        assertThat(redactor.maskName("陈某")).isEqualTo("陈某");
        assertThat(redactor.maskName("陈某某")).isEqualTo("陈某某");
        assertThat(redactor.redact("当事人陈某在朝阳路摆摊，陈某称系临时，陈某某亦在场。", List.of("陈某"), List.of()).text())
                .isEqualTo("当事人陈某在朝阳路摆摊，陈某称系临时，陈某某亦在场。");
        assertThat(redactor.redact("当事人陈明称系临时，陈某某在场", List.of("陈明"), List.of()).text())
                .isEqualTo("当事人陈某某称系临时，陈某某在场");
        assertThat(new Redactor(Redactor.NameRule.SURNAME_MOU).maskName("欧阳娜娜")).isEqualTo("欧阳某");
        assertThat(new Redactor(Redactor.NameRule.SURNAME_MOU).maskName("欧阳")).isEqualTo("欧某");
        assertThat(redactor.maskName("李娜")).isEqualTo("李某某");
        assertThat(redactor.maskName("诸葛亮")).isEqualTo("诸葛某某");
    }

    @Test
    void theIssuesDraftNoLongerLeaks() {
        // the probe of issue 17: ID with spaces, a room after a bare 住, a lane with house number, a representative
        String facts = "当事人陈某（身份证号 110105 19900101 1232）住阳光小区3号楼502室，其店铺位于长乐路123弄45号，"
                + "法定代表人周建华在场。";
        Redactor.Result r = redactor.redact(facts, List.of("陈某"), List.of());
        assertThat(r.text()).isEqualTo("当事人陈某（身份证号 ***）住阳光小区***，其店铺位于长乐路***，法定代表人周某某在场。");
        assertThat(redactor.scan(r.text(), List.of("陈某"), List.of())).isEmpty();
        assertThat(redactor.scan(facts, List.of(), List.of())).extracting(Redactor.Finding::describe)
                .containsExactly("身份证号「110105 19900101 1232」", "详细住址「3号楼502室」", "详细住址「123弄45号」",
                        "自然人姓名「周建华」");
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

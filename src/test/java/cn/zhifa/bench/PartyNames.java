package cn.zhifa.bench;

import java.util.Random;

/**
 * The party names of the read-scale load: 75 % persons (surname by a Zipf-like share, two given-name characters),
 * 25 % companies (place + two trade-name syllables + industry + legal form). Drawn from a {@link Random} by the
 * Java loader and as SQL expressions over hash slices by {@link ClosedCasesLoader}, with the same shares.
 */
final class PartyNames {

    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
        "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
        "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡"};
    static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红玉兰海波";
    static final String[] CITIES = {"北京", "北京市朝阳区", "朝阳", "望京", "首都", "京华", "华北", "东方", "中关"};
    /** Syllables of trade names (字号): two of them make one, ~3,600 names. */
    static final String TRADE = "鑫隆盛泰和顺兴发达源丰瑞祥福聚德昌荣华美佳宏远通汇信诚博创新嘉宝金利安康乐"
            + "天地海云山川星辰恒久";
    static final String[] INDUSTRY = {"餐饮", "商贸", "广告", "建筑工程", "物业管理", "科技", "文化传媒", "装饰工程",
        "便利店", "汽车服务", "建材", "食品"};
    static final String[] FORM = {"有限公司", "有限公司", "有限公司", "有限责任公司", "经营部", "商行", "店"};
    /** Companies' share in per cent. */
    static final int COMPANY_PERCENT = 25;

    private final double[] surnameCdf = new double[SURNAMES.length];

    PartyNames() {
        double sum = 0;
        for (int i = 0; i < SURNAMES.length; i++) {
            sum += Math.pow(i + 1, -0.6);
            surnameCdf[i] = sum;
        }
        for (int i = 0; i < SURNAMES.length; i++) {
            surnameCdf[i] /= sum;
        }
    }

    String party(Random random) {
        if (random.nextInt(100) < COMPANY_PERCENT) {
            return CITIES[random.nextInt(CITIES.length)] + TRADE.charAt(random.nextInt(TRADE.length()))
                    + TRADE.charAt(random.nextInt(TRADE.length())) + INDUSTRY[random.nextInt(INDUSTRY.length)]
                    + FORM[random.nextInt(FORM.length)];
        }
        return SURNAMES[surname(random.nextDouble())] + GIVEN.charAt(random.nextInt(GIVEN.length()))
                + GIVEN.charAt(random.nextInt(GIVEN.length()));
    }

    /** The surname index of a uniform draw {@code r} in [0, 1). */
    int surname(double r) {
        int i = 0;
        while (i < SURNAMES.length - 1 && surnameCdf[i] < r) {
            i++;
        }
        return i;
    }
}

package cn.zhifa.organization;

/** To whom a benchmark row applies: everyone, natural persons (个人) or organisations (单位). */
public enum PartyScope {
    ALL,
    PERSON,
    ORGANISATION
}

package cn.zhifa.casefile.ui;

import cn.zhifa.casefile.IdType;
import cn.zhifa.casefile.Party;
import cn.zhifa.casefile.PartyKind;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** One party (当事人) of a lead: kind, name, ID type and number, phone, address. */
class PartyEditor extends FormLayout {

    final Select<PartyKind> kind = new Select<>();
    final TextField name = new TextField();
    final Select<IdType> idType = new Select<>();
    final TextField idNo = new TextField();
    final TextField phone = new TextField();
    final TextField address = new TextField();

    PartyEditor(int index) {
        addClassName("zhifa-party-card");
        String prefix = "party-" + index + "-";
        kind.setLabel(getTranslation("ui.party.kind"));
        kind.setItems(PartyKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("ui.partyKind." + k.name()));
        kind.setValue(PartyKind.NATURAL_PERSON);
        kind.setRequiredIndicatorVisible(true);
        kind.setId(prefix + "kind");
        name.setLabel(getTranslation("ui.party.name"));
        name.setRequired(true);
        name.setMaxLength(200);
        name.setId(prefix + "name");
        idType.setLabel(getTranslation("ui.party.idType"));
        idType.setItems(IdType.values());
        idType.setItemLabelGenerator(t -> getTranslation("ui.idType." + t.name()));
        idType.setValue(IdType.ID_CARD);
        idType.setRequiredIndicatorVisible(true);
        idType.setId(prefix + "idType");
        idNo.setLabel(getTranslation("ui.party.idNo"));
        idNo.setMaxLength(50);
        idNo.setId(prefix + "idNo");
        phone.setLabel(getTranslation("ui.party.phone"));
        phone.setMaxLength(50);
        phone.setId(prefix + "phone");
        address.setLabel(getTranslation("ui.party.address"));
        address.setMaxLength(300);
        address.setId(prefix + "address");
        // an organisation is identified by its unified social credit code
        kind.addValueChangeListener(e -> {
            if (e.getValue() == PartyKind.ORGANIZATION && idType.getValue() == IdType.ID_CARD) {
                idType.setValue(IdType.CREDIT_CODE);
            } else if (e.getValue() == PartyKind.NATURAL_PERSON && idType.getValue() == IdType.CREDIT_CODE) {
                idType.setValue(IdType.ID_CARD);
            }
        });
        add(kind, name, idType, idNo, phone, address);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 3));
    }

    /** The party as entered (text trimmed, blanks as null); the service checks it. */
    Party party() {
        return new Party(kind.getValue(), trim(name.getValue()), idType.getValue(), trim(idNo.getValue()),
                trim(phone.getValue()), trim(address.getValue()));
    }

    boolean isBlank() {
        return trim(name.getValue()) == null && trim(idNo.getValue()) == null && trim(phone.getValue()) == null
                && trim(address.getValue()) == null;
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

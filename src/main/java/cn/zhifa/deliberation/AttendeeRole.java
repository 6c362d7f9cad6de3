package cn.zhifa.deliberation;

/** Why someone is at the meeting: heads vote; handlers report and legal reviewers give an opinion, without a vote. */
public enum AttendeeRole {
    PRINCIPAL_HEAD, HEAD, HANDLER, LEGAL_REVIEWER, OTHER;

    public boolean votes() {
        return this == PRINCIPAL_HEAD || this == HEAD;
    }
}

package cn.zhifa.organization;

import java.util.List;

/** A user's account (with its roles) and certificates: what the rules about handlers ask of a user. */
public record Standing(UserAccount account, List<Certificate> certificates) {
}

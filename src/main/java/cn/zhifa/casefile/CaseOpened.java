package cn.zhifa.casefile;

/** A user opened a case (workspace or API read); the full-process record notes it. */
public record CaseOpened(long caseId, long actorId) {
}

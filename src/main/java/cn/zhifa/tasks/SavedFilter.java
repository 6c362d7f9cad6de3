package cn.zhifa.tasks;

/** A user's named inbox filter (常用筛选). */
public record SavedFilter(long id, String name, InboxFilter filter) {
}

package cn.zhifa.tasks.internal;

import java.time.LocalDateTime;

/** A task_saved_filter row. */
public class SavedFilterRow {
    public Long id;
    public long userId;
    public String name;
    public String procedureType;
    public String taskKey;
    public Long itemId;
    public String party;
    public String light;
    public Long handlerId;
    public LocalDateTime createdAt;
}

package cn.zhifa.complaint;

import cn.zhifa.tasks.InboxTask;
import java.util.List;

/** A complaint with the other complaints of its matter, the duplicate hints and its open tasks. */
public record ComplaintDetails(Complaint complaint, List<Complaint> sameMatter, List<Complaint> possibleDuplicates,
        List<InboxTask> openTasks) {
}

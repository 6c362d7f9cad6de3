package cn.zhifa.tasks;

import cn.zhifa.calendar.DeadlineLight;
import cn.zhifa.organization.CurrentActor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST: my saved inbox filters (常用筛选); {@code GET /api/tasks} applies one or a filter given part by part. */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "tasks", description = "待办 — the inbox")
class SavedFilterApi {

    private final SavedFilters filters;

    SavedFilterApi(SavedFilters filters) {
        this.filters = filters;
    }

    /** The body of {@code POST /api/tasks/filters}: a name and the filter's parts (each optional). */
    record FilterBody(@Size(max = SavedFilters.NAME_MAX + 1) String name, @Size(max = 20) String procedure,
            @Size(max = 64) String taskKey, Long itemId, @Size(max = InboxFilter.PARTY_MAX + 1) String party,
            DeadlineLight light, Long handlerId) {
    }

    @GetMapping("/filters")
    @Operation(summary = "常用筛选: my saved filters by name")
    List<SavedFilter> mine() {
        return filters.mine(CurrentActor.get());
    }

    @PostMapping("/filters")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Save a filter under a name of mine (unique; at most 20)")
    SavedFilter save(@Valid @RequestBody FilterBody body) {
        return filters.save(CurrentActor.get(), body.name(), new InboxFilter(body.procedure(), body.taskKey(),
                body.itemId(), body.party(), body.light(), body.handlerId()));
    }

    @DeleteMapping("/filters/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete one of my saved filters")
    void delete(@PathVariable long id) {
        filters.delete(CurrentActor.get(), id);
    }
}
